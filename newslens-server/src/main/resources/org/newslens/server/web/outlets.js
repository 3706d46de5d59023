import { el, clear, bars, pct, humanTechnique, SOURCE_NAMES } from './dom.js';
import { getJson, filterParams } from './api.js';

export async function renderOutlets(container) {
  clear(container);
  const data = await getJson('/api/outlets', filterParams());
  const outlets = data.items;
  const maxRate = Math.max(1e-9, ...outlets.map(o => o.techniquesPerThousand));
  const cards = outlets.map(o => el('section', { class: 'outlet-card' },
    el('h2', {}, el('a', { href: '#/search?outlet=' + encodeURIComponent(o.outlet), text: o.outlet })),
    el('p', { class: 'muted', text: o.articles + (o.articles === 1 ? ' article · ' : ' articles · ') + o.words + ' words · ' + o.claims + ' claims' }),
    el('h3', { text: 'Techniques per 1,000 words' }),
    bars([['all techniques', o.techniquesPerThousand, 'tech']], { max: maxRate, format: v => v.toFixed(1) }),
    bars(Object.entries(o.perThousandByTechnique).sort((a, b) => b[1] - a[1]).slice(0, 5)
      .map(([t, v]) => [humanTechnique(t), v, 'tech']), { max: maxRate, format: v => v.toFixed(1) }),
    el('h3', { text: 'Claims resting on' }),
    bars(Object.entries(o.sourceTypeShares).map(([t, v]) => [SOURCE_NAMES[t] || t, v, 'src-' + t.toLowerCase()]),
      { max: 1, format: pct }),
    el('h3', { text: 'Labels for actors' }),
    Object.keys(o.labelsByActor).length
      ? el('ul', { class: 'framing' }, Object.entries(o.labelsByActor).map(([actor, labels]) => el('li', {},
        el('strong', { text: actor }), ': ',
        Object.entries(labels).sort((a, b) => b[1] - a[1]).map(([l, n]) => l + (n > 1 ? ' ×' + n : '')).join(', '),
        ' ', stances(o.stanceByActor[actor] || {}))))
      : el('p', { class: 'muted', text: 'No loaded labels found.' })));
  container.append(el('div', { class: 'outlets-view' },
    el('h1', { text: 'How outlets compare' }),
    el('p', { class: 'muted', text: 'Over ' + data.considered + ' articles. Technique rates and source shares are per outlet; labels are the loaded words and scare quotes tied to each actor.' }),
    el('div', { class: 'outlet-grid', id: 'outlet-grid' }, cards)));
}

function stances(counts) {
  return el('span', { class: 'stances' }, Object.entries(counts).map(([s, n]) =>
    el('span', { class: 'stance stance-' + s.toLowerCase(), text: s.toLowerCase() + (n > 1 ? ' ' + n : '') })));
}
