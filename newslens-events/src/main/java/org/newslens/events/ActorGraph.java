package org.newslens.events;

import org.newslens.core.model.EventArgument;
import org.newslens.core.model.EventReport;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The actor network of event records as GEXF 1.3 (Gephi's own format): actors as nodes; an edge
 * from actor to target typed by the event type, and an undirected co-occurrence edge between actors
 * named in one event record; weights count event records.
 */
public final class ActorGraph {

    private record Edge(String source, String target, String kind, boolean directed) {
    }

    private ActorGraph() {
    }

    public static void writeGexf(List<EventRecord> records, Writer out) throws IOException {
        Map<String, String> nodes = new LinkedHashMap<>();
        Map<Edge, Integer> edges = new LinkedHashMap<>();
        for (EventRecord r : records) {
            Map<String, String> inRecord = new LinkedHashMap<>();
            for (EventReport report : r.reports()) {
                EventArgument actor = report.event().actor();
                EventArgument target = report.event().target();
                if (actor != null) {
                    inRecord.put(key(actor), actor.name());
                }
                if (target != null) {
                    inRecord.put(key(target), target.name());
                }
                if (actor != null && target != null && !key(actor).equals(key(target))) {
                    edges.merge(new Edge(key(actor), key(target), r.type().name(), true), 1, Integer::sum);
                }
            }
            nodes.putAll(inRecord);
            List<String> keys = List.copyOf(inRecord.keySet());
            for (int i = 0; i < keys.size(); i++) {
                for (int j = i + 1; j < keys.size(); j++) {
                    String a = keys.get(i).compareTo(keys.get(j)) < 0 ? keys.get(i) : keys.get(j);
                    String b = a.equals(keys.get(i)) ? keys.get(j) : keys.get(i);
                    edges.merge(new Edge(a, b, "co-occurrence", false), 1, Integer::sum);
                }
            }
        }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n");
        out.write("  <meta><creator>Newslens</creator><description>Actors linked by events</description></meta>\n");
        out.write("  <graph defaultedgetype=\"directed\" mode=\"static\">\n");
        out.write("    <attributes class=\"edge\"><attribute id=\"0\" title=\"kind\" type=\"string\"/></attributes>\n");
        out.write("    <nodes>\n");
        for (Map.Entry<String, String> node : nodes.entrySet()) {
            out.write("      <node id=\"" + xml(node.getKey()) + "\" label=\"" + xml(node.getValue()) + "\"/>\n");
        }
        out.write("    </nodes>\n    <edges>\n");
        int n = 0;
        for (Map.Entry<Edge, Integer> e : edges.entrySet()) {
            Edge edge = e.getKey();
            out.write("      <edge id=\"" + (n++) + "\" source=\"" + xml(edge.source()) + "\" target=\"" + xml(edge.target())
                    + "\" type=\"" + (edge.directed() ? "directed" : "undirected") + "\" label=\"" + xml(edge.kind())
                    + "\" weight=\"" + e.getValue() + "\"><attvalues><attvalue for=\"0\" value=\"" + xml(edge.kind())
                    + "\"/></attvalues></edge>\n");
        }
        out.write("    </edges>\n  </graph>\n</gexf>\n");
        out.flush();
    }

    private static String key(EventArgument a) {
        return a.id() != null ? a.id() : "generic:" + a.name();
    }

    /** Escapes XML and drops characters XML 1.0 cannot carry (hostile article text reaches here). */
    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000 && c <= 0x10FFFF) {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }
}
