import { el, clear } from './dom.js';
import { getJson, filterParams } from './api.js';

let world = null;

// Offline basemap: Natural Earth countries from the world-atlas package, drawn as vector shapes.
async function worldLayer() {
  if (!world) {
    const response = await fetch('/vendor/world-atlas/countries-110m.json');
    const topo = await response.json();
    world = topojson.feature(topo, topo.objects.countries);
  }
  return L.geoJSON(world, { style: { color: '#9aa7b4', weight: 0.6, fillColor: '#e9eef2', fillOpacity: 1 }, interactive: false });
}

export async function renderMap(container) {
  clear(container);
  const status = el('p', { class: 'muted', id: 'map-status', text: 'Loading places…' });
  const mapBox = el('div', { class: 'map', id: 'map' });
  container.append(el('div', { class: 'map-view' }, el('h1', { text: 'Places in the articles' }), status, mapBox));
  const map = L.map(mapBox, { worldCopyJump: true, attributionControl: true }).setView([34.8, 38.5], 5);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Natural Earth via world-atlas · GeoNames');
  (await worldLayer()).addTo(map);
  const places = await getJson('/api/places', filterParams());
  const max = Math.max(1, ...places.features.map(f => f.properties.articles));
  // Larger circles first, so smaller places stay clickable on top of them.
  const features = [...places.features].sort((a, b) => b.properties.articles - a.properties.articles);
  for (const f of features) {
    const [lon, lat] = f.geometry.coordinates;
    const p = f.properties;
    const popup = el('div', { class: 'popup' },
      el('strong', { text: p.name }), el('br'),
      el('span', { text: p.articles + ' articles · ' + p.mentions + ' mentions · ' + (p.kind || '') + ' ' + (p.country || '') }), el('br'),
      el('a', { href: '#/search?place=' + encodeURIComponent(p.name), text: 'Articles naming it' }));
    L.circleMarker([lat, lon], { radius: 4 + 12 * Math.sqrt(p.articles / max), color: '#b3261e', weight: 1,
      fillColor: '#e4572e', fillOpacity: 0.7, className: 'place-marker' })
      .bindPopup(popup).bindTooltip(p.name).addTo(map);
  }
  // Event records with a place: squares, so they stand apart from the places' circles.
  const events = await getJson('/api/export/events-geojson', filterParams());
  for (const f of events.features) {
    const [lon, lat] = f.geometry.coordinates;
    const p = f.properties;
    const popup = el('div', { class: 'popup' },
      el('strong', { text: p.type.replaceAll('_', ' ').toLowerCase() + ' · ' + p.place }), el('br'),
      el('span', { text: (p.dateFrom || 'undated') + ' · ' + p.reports + ' mentions · ' + p.outlets.join(', ') }), el('br'),
      el('span', { text: p.summary }), el('br'),
      el('a', { href: '#/event/' + encodeURIComponent(f.id), text: 'How each outlet told it' }));
    const size = 8 + 3 * Math.min(6, p.outlets.length);
    // Anchored beside the point, so the place's circle underneath stays clickable.
    L.marker([lat, lon], { icon: L.divIcon({ className: 'event-marker', iconSize: [size, size], iconAnchor: [-4, size + 4] }), title: p.type })
      .bindPopup(popup).addTo(map);
  }
  status.textContent = places.features.length + ' places (circles) and ' + events.features.length
    + ' placed event records (squares; ' + events.unplaced + ' without a place) from ' + places.considered + ' articles.';
}
