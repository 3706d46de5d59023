package org.newslens.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newslens.core.model.EventReport;

import java.util.List;

/** Event records with a geocoded place as a GeoJSON FeatureCollection of points (QGIS, geojson.io, Leaflet). */
public final class EventGeoJson {

    private EventGeoJson() {
    }

    public static ObjectNode of(List<EventRecord> records, ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.put("type", "FeatureCollection");
        ArrayNode features = root.putArray("features");
        int unplaced = 0;
        for (EventRecord r : records) {
            if (r.location() == null || r.location().geo() == null) {
                unplaced++;
                continue;
            }
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.put("id", r.id());
            ObjectNode geometry = feature.putObject("geometry");
            geometry.put("type", "Point");
            geometry.putArray("coordinates").add(r.location().geo().lon()).add(r.location().geo().lat());
            ObjectNode p = feature.putObject("properties");
            p.put("type", r.type().name());
            p.put("acledType", r.type().acledType());
            p.put("place", r.location().name());
            p.put("placeBasis", r.location().basis());
            p.put("geoPrecision", AcledCsv.geoPrecision(r.location()));
            p.put("dateFrom", r.dateFrom());
            p.put("dateTo", r.dateTo());
            p.put("actor", r.actors().isEmpty() ? null : r.actors().get(0));
            p.put("target", r.targets().isEmpty() ? null : r.targets().get(0));
            p.put("reports", r.reports().size());
            ArrayNode outlets = p.putArray("outlets");
            r.outlets().forEach(outlets::add);
            ArrayNode articles = p.putArray("articles");
            r.reports().stream().map(EventReport::articleId).distinct().forEach(articles::add);
            p.put("summary", r.reports().get(0).sentence());
            p.put("confidence", r.confidence());
        }
        root.put("unplaced", unplaced);
        return root;
    }
}
