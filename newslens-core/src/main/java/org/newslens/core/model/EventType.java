package org.newslens.core.model;

/**
 * The kinds of event Newslens codes, each mapped onto ACLED's event type and sub-event type so that
 * exports line up with ACLED data (docs/events.md lists the scheme with its trigger words).
 */
public enum EventType {
    BATTLE("Battles", "Armed clash"),
    TERRITORY_CAPTURED("Battles", "Government regains territory / Non-state actor overtakes territory"),
    SIEGE("Battles", "Armed clash (siege)"),
    AIR_STRIKE("Explosions/Remote violence", "Air/drone strike"),
    SHELLING("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    BOMBING("Explosions/Remote violence", "Suicide bomb / Remote explosive"),
    ATTACK_ON_CIVILIANS("Violence against civilians", "Attack"),
    EVACUATION("Strategic developments", "Non-violent transfer of territory (evacuation)"),
    WITHDRAWAL("Strategic developments", "Non-violent transfer of territory (withdrawal)"),
    SURRENDER("Strategic developments", "Non-violent transfer of territory (surrender)"),
    NEGOTIATION("Strategic developments", "Other (negotiation)"),
    AGREEMENT("Strategic developments", "Agreement"),
    CEASEFIRE("Strategic developments", "Agreement (ceasefire/pause)"),
    DEPLOYMENT("Strategic developments", "Change to group/activity (deployment)"),
    ARMS_TRANSFER("Strategic developments", "Other (arms supply/transfer)"),
    STATEMENT("Strategic developments", "Other (statement/threat)"),
    PROTEST("Protests", "Peaceful protest"),
    ARREST("Strategic developments", "Arrests");

    private final String acledType;
    private final String acledSubType;

    EventType(String acledType, String acledSubType) {
        this.acledType = acledType;
        this.acledSubType = acledSubType;
    }

    /** ACLED's {@code event_type}. */
    public String acledType() {
        return acledType;
    }

    /** ACLED's {@code sub_event_type}, with our finer kind in brackets where ACLED has none. */
    public String acledSubType() {
        return acledSubType;
    }
}
