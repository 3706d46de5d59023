package org.newslens.store;

import java.io.IOException;
import java.io.Writer;

/** Writes an actor network as GraphML that Gephi, yEd and NetworkX open. */
public final class GraphMl {

    private GraphMl() {
    }

    public static void write(CorpusViews.Network network, Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
        out.write("  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n");
        out.write("  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n");
        out.write("  <key id=\"articles\" for=\"node\" attr.name=\"articles\" attr.type=\"int\"/>\n");
        out.write("  <key id=\"kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n");
        out.write("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n");
        out.write("  <key id=\"edgeArticles\" for=\"edge\" attr.name=\"articles\" attr.type=\"int\"/>\n");
        out.write("  <graph id=\"actors\" edgedefault=\"undirected\">\n");
        for (CorpusViews.Node node : network.nodes()) {
            out.write("    <node id=\"" + xml(node.id()) + "\"><data key=\"label\">" + xml(node.name())
                    + "</data><data key=\"type\">" + xml(node.type()) + "</data><data key=\"articles\">"
                    + node.articles() + "</data></node>\n");
        }
        int n = 0;
        for (CorpusViews.Edge edge : network.edges()) {
            out.write("    <edge id=\"e" + (n++) + "\" directed=\"" + edge.kind().startsWith("event:") + "\" source=\"" + xml(edge.source()) + "\" target=\""
                    + xml(edge.target()) + "\"><data key=\"kind\">" + xml(edge.kind())
                    + "</data><data key=\"weight\">" + edge.sentences() + "</data><data key=\"edgeArticles\">"
                    + edge.articles() + "</data></edge>\n");
        }
        out.write("  </graph>\n</graphml>\n");
    }

    /** Escapes markup and drops the control characters XML 1.0 cannot carry. */
    static String xml(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.toString();
    }
}
