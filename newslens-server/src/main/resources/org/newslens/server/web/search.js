import { el, clear, humanTechnique, SOURCE_NAMES } from './dom.js';
import { getJson, hashParams } from './api.js';

const FACET_TITLES = { outlet: 'Outlet', author: 'Author', entity: 'Actor', place: 'Place', technique: 'Technique',
  sourceType: 'Claims resting on', eventType: 'Event type' };

function facetLabel(facet, value) {
  if (facet === 'technique') return humanTechnique(value);
  if (facet === 'sourceType') return SOURCE_NAMES[value] || value;
  return value;
}

// The snippet marks matched words with U+0002 … U+0003; they become <mark> elements, the rest stays text.
function snippet(text) {
  const node = el('p', { class: 'snippet' });
  const parts = (text || '').split(/([\u0002][^\u0003]*[\u0003])/);
  for (const part of parts) {
    if (part.startsWith('\u0002')) node.append(el('mark', { text: part.slice(1, -1) }));
    else node.append(document.createTextNode(part));
  }
  return node;
}

function go(params) {
  location.hash = '#/search?' + params.toString();
}

export async function renderSearch(container) {
  const params = hashParams();
  clear(container).append(el('p', { class: 'muted', text: 'Searching…' }));
  const result = await getJson('/api/search', params);
  const selected = (facet, value) => params.getAll(facet).includes(value);
  const facets = el('aside', { class: 'facets', id: 'facets' },
    el('form', { class: 'date-range', onsubmit: e => {
      e.preventDefault();
      const p = new URLSearchParams(params);
      for (const name of ['from', 'to']) { p.delete(name); const v = e.target.elements[name].value; if (v) p.set(name, v); }
      go(p);
    } },
      el('label', {}, 'From ', el('input', { type: 'date', name: 'from', value: params.get('from') || '' })),
      el('label', {}, 'To ', el('input', { type: 'date', name: 'to', value: params.get('to') || '' })),
      el('button', { type: 'submit', text: 'Apply' })),
    Object.entries(result.facets).filter(([, counts]) => counts.length).map(([facet, counts]) =>
      el('section', { class: 'facet', 'data-facet': facet },
        el('h3', { text: FACET_TITLES[facet] || facet }),
        counts.map(c => el('label', { class: 'facet-value' },
          el('input', { type: 'checkbox', checked: selected(facet, c.value), onchange: e => {
            const p = new URLSearchParams(params);
            const values = p.getAll(facet).filter(v => v !== c.value);
            p.delete(facet);
            for (const v of values) p.append(facet, v);
            if (e.target.checked) p.append(facet, c.value);
            go(p);
          } }),
          ' ' + facetLabel(facet, c.value) + ' ', el('span', { class: 'count', text: String(c.count) }))))));
  const hits = el('section', { class: 'hits', id: 'hits' },
    el('div', { class: 'hits-head' },
      el('span', { class: 'hit-count', text: result.total + (result.total === 1 ? ' article' : ' articles') }),
      el('span', { class: 'exports' }, 'Export: ',
        ['csv', 'jsonl', 'geojson', 'graphml'].map(f => el('a', { href: '/api/export/' + f + '?' + params.toString(), text: f })))),
    result.hits.length ? result.hits.map(hit => el('article', { class: 'hit' },
      el('h2', {}, el('a', { href: '#/article/' + hit.key, text: hit.title || hit.id })),
      el('div', { class: 'hit-meta', text: [hit.outlet, hit.author, hit.published].filter(Boolean).join(' · ') }),
      snippet(hit.snippet)))
      : el('p', { class: 'muted', text: 'No article matches. Ingest some with `newslens ingest PATH`, or loosen the filters.' }));
  clear(container).append(el('div', { class: 'search-view' }, facets, hits));
}
