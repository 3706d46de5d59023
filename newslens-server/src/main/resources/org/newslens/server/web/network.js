import { el, clear } from './dom.js';
import { getJson, filterParams } from './api.js';

const COLORS = { PERSON: '#2f6db5', STATE_OR_GOVERNMENT: '#b3261e', ARMED_GROUP: '#7a4b00', ORGANIZATION: '#2e7d32',
  MEDIA_OUTLET: '#6a1b9a', MISC: '#555', GENERIC: '#8d6e63' };

export async function renderNetwork(container) {
  clear(container);
  const info = el('aside', { class: 'network-info', id: 'network-info' },
    el('p', { class: 'muted', text: 'Actors named in the same sentence are linked (grey); red arrows run from an event\'s actor to its target (unnamed participants such as "Rebels" in brown). Thicker lines, more sentences or events. Click an actor.' }));
  const graph = el('div', { class: 'network', id: 'network' });
  const legend = el('div', { class: 'legend' }, Object.entries(COLORS).map(([type, color]) => {
    const dot = el('span', { class: 'dot' });
    dot.style.background = color;
    return el('span', { class: 'legend-item' }, dot, ' ' + type.replace(/_/g, ' ').toLowerCase());
  }));
  container.append(el('div', { class: 'network-view' }, el('h1', { text: 'Actor network' }), legend,
    el('div', { class: 'network-body' }, graph, info)));
  const raw = (await getJson('/api/network', filterParams())).items;
  // Actors never named beside another one carry no information here and would crowd the picture.
  const linked = new Set(raw.edges.flatMap(e => [e.source, e.target]));
  const data = { nodes: raw.edges.length ? raw.nodes.filter(n => linked.has(n.id)) : raw.nodes, edges: raw.edges };
  const maxArticles = Math.max(1, ...data.nodes.map(n => n.articles));
  const maxWeight = Math.max(1, ...data.edges.map(e => e.sentences));
  const cy = cytoscape({
    container: graph,
    elements: [
      ...data.nodes.map(n => ({ data: { id: n.id, label: n.name, type: n.type, articles: n.articles, mentions: n.mentions,
        size: 18 + 34 * Math.sqrt(n.articles / maxArticles), color: COLORS[n.type] || '#555' } })),
      ...data.edges.map((e, i) => ({ data: { id: 'e' + i, source: e.source, target: e.target, sentences: e.sentences,
        kind: e.kind, width: 1 + 7 * e.sentences / maxWeight }, classes: e.kind.startsWith('event:') ? 'event-edge' : '' }))
    ],
    style: [
      { selector: 'node', style: { 'background-color': 'data(color)', label: 'data(label)', width: 'data(size)', height: 'data(size)',
        'font-size': 11, color: '#1d2733', 'text-valign': 'bottom', 'text-margin-y': 3 } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': '#9aa7b4', opacity: 0.7, 'curve-style': 'haystack' } },
      { selector: 'edge.event-edge', style: { 'line-color': '#b3261e', 'target-arrow-color': '#b3261e',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(kind)', 'font-size': 9, color: '#8a1c14' } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f2b705' } }
    ],
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: 9000, idealEdgeLength: 90 }
  });
  cy.on('tap', 'node', evt => {
    const n = evt.target.data();
    const links = evt.target.connectedEdges().map(e => {
      const other = e.source().id() === n.id ? e.target() : e.source();
      const kind = e.data('kind').startsWith('event:') ? e.data('kind').slice(6).replace(/_/g, ' ').toLowerCase() : null;
      return [kind ? other.data('label') + ', ' + kind : other.data('label'), e.data('sentences'), kind];
    }).sort((a, b) => b[1] - a[1]);
    clear(info).append(el('h2', { text: n.label }),
      el('p', { text: n.type.replace(/_/g, ' ').toLowerCase() + ' · ' + n.articles + ' articles · ' + n.mentions + ' mentions' }),
      el('a', { href: '#/search?entity=' + encodeURIComponent(n.label), text: 'Articles naming ' + n.label }),
      el('h3', { text: 'Named together with' }),
      el('ul', {}, links.slice(0, 15).map(([name, count, kind]) => el('li', { text: name + ' (' + count
        + (kind ? (count === 1 ? ' event)' : ' events)') : (count === 1 ? ' sentence)' : ' sentences)')) }))));
  });
  window.newslensNetwork = cy;
}
