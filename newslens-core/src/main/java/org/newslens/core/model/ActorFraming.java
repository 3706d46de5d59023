package org.newslens.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * The loaded labels and scare quotes an article applies to one canonical actor: the basis for comparing how
 * outlets cast the same actor.
 *
 * @param entity the actor's entity id
 * @param name   the actor's canonical name
 * @param stance the balance of the labels: negative when negative labels outnumber positive ones, and so on
 * @param labels every label, in text order
 */
public record ActorFraming(String entity, String name, Stance stance, List<Label> labels) {

    public ActorFraming {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(stance, "stance");
        labels = List.copyOf(labels);
    }

    /**
     * One label applied to the actor.
     *
     * @param text   the label's words as written ("terrorists", "moderate")
     * @param kind   the technique label ("Name_Calling,Labeling", "Loaded_Language") or "scare quote"
     * @param stance how the label casts the actor
     * @param reason why the label is tied to this actor
     */
    public record Label(@JsonIgnore CharSpan span, String text, String kind, Stance stance, String reason)
            implements Spanned {

        public Label {
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(stance, "stance");
        }

        @JsonCreator
        static Label fromJson(@JsonProperty("start") int start, @JsonProperty("end") int end,
                              @JsonProperty("text") String text, @JsonProperty("kind") String kind,
                              @JsonProperty("stance") Stance stance, @JsonProperty("reason") String reason) {
            return new Label(new CharSpan(start, end), text, kind, stance, reason);
        }
    }
}
