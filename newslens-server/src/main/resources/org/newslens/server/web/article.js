import { el, clear, bars, pct, humanTechnique, SOURCE_NAMES } from './dom.js';

// The layers a reader can switch on and off, in the order they are drawn.
const LAYERS = [
  { key: 'techniques', label: 'Techniques' },
  { key: 'quotes', label: 'Quotes & speakers' },
  { key: 'claims', label: 'Claims by source' },
  { key: 'entities', label: 'Actors' },
  { key: 'places', label: 'Places' },
  { key: 'dates', label: 'Dates' },
  { key: 'events', label: 'Events' }
];
const PLACE_TYPES = new Set(['LOCATION', 'FACILITY']);

// Every annotation of the analysis as {layer, start, end, cls, describe()}.
export function annotations(analysis) {
  const list = [];
  for (const t of analysis.techniques || []) {
    list.push({ layer: 'techniques', start: t.start, end: t.end, cls: 'ann-technique', item: t,
      title: humanTechnique(t.technique), lines: [t.reason, 'confidence ' + t.confidence.toFixed(2)] });
  }
  for (const q of analysis.quotes || []) {
    const speaker = q.speakerName ? q.speakerName : (q.kind === 'SCARE' ? 'no speaker: scare quotes' : 'speaker unknown');
    list.push({ layer: 'quotes', start: q.start, end: q.end, cls: 'ann-quote ann-quote-' + q.kind.toLowerCase(), item: q,
      title: 'Quote (' + q.kind.toLowerCase() + ')', lines: ['Speaker: ' + speaker, q.reason] });
  }
  for (const c of analysis.claims || []) {
    const chain = (c.via && c.via.length) ? ' via ' + c.via.join(' → ') : '';
    list.push({ layer: 'claims', start: c.start, end: c.end, cls: 'ann-claim ann-claim-' + c.sourceType.toLowerCase(), item: c,
      title: 'Claim — ' + (SOURCE_NAMES[c.sourceType] || c.sourceType),
      lines: ['Source: ' + (c.source || '—') + chain, 'Check-worthiness ' + c.checkWorthiness.toFixed(2), c.reason] });
  }
  for (const e of analysis.entities || []) {
    const isPlace = PLACE_TYPES.has(e.type);
    for (const m of e.mentions || []) {
      const lines = [e.type.replace(/_/g, ' ').toLowerCase() + (e.kbId ? ' · ' + e.kbId : '')];
      if (e.geo) lines.push(e.geo.place + ' · ' + e.geo.lat.toFixed(3) + ', ' + e.geo.lon.toFixed(3) + ' · ' + (e.geo.country || '') + ' · ' + e.geo.kind);
      if (e.aliases && e.aliases.length) lines.push('Also: ' + e.aliases.slice(0, 6).join(', '));
      if (e.descriptions && e.descriptions.length) lines.push(e.descriptions[0]);
      list.push({ layer: isPlace ? 'places' : 'entities', start: m.start, end: m.end, cls: isPlace ? 'ann-place' : 'ann-entity',
        item: e, title: e.name, lines });
    }
  }
  for (const d of analysis.dates || []) {
    list.push({ layer: 'dates', start: d.start, end: d.end, cls: 'ann-date', item: d,
      title: 'Date: ' + (d.value || d.text), lines: [d.from && d.to && d.from !== d.to ? d.from + ' – ' + d.to : '', d.type] });
  }
  for (const ev of analysis.events || []) {
    list.push({ layer: 'events', start: ev.start, end: ev.end, cls: 'ann-event', item: ev,
      title: 'Event: ' + ev.type.replaceAll('_', ' ').toLowerCase() + ' (' + ev.modality.toLowerCase() + ')',
      lines: [argLine('Actor', ev.actor), argLine('Target', ev.target), argLine('Place', ev.location),
        ev.date ? 'Date: ' + (ev.date.from && ev.date.from !== ev.date.to ? ev.date.from + ' – ' + ev.date.to : ev.date.value) + ' (' + ev.date.basis + ')' : '',
        ev.reason].filter(Boolean) });
  }
  return list.filter(a => Number.isInteger(a.start) && Number.isInteger(a.end) && a.end > a.start);
}

// Cuts the text at every annotation boundary and wraps each piece in a span listing the annotations covering it.
function renderText(text, anns, boilerplate) {
  const cuts = new Set([0, text.length]);
  for (const a of anns) { cuts.add(a.start); cuts.add(Math.min(a.end, text.length)); }
  for (const b of boilerplate) { cuts.add(b.start); cuts.add(Math.min(b.end, text.length)); }
  const points = [...cuts].filter(p => p >= 0 && p <= text.length).sort((x, y) => x - y);
  const byStart = [...anns.keys()].sort((i, j) => anns[i].start - anns[j].start);
  const root = el('div', { class: 'article-text', id: 'article-text' });
  let active = [];
  let next = 0;
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k], to = points[k + 1];
    while (next < byStart.length && anns[byStart[next]].start <= from) { active.push(byStart[next]); next++; }
    active = active.filter(i => anns[i].end > from);
    const covering = active.filter(i => anns[i].start <= from && anns[i].end >= to);
    const piece = text.slice(from, to);
    const inBoilerplate = boilerplate.some(b => b.start <= from && b.end >= to);
    if (!covering.length && !inBoilerplate) { root.append(document.createTextNode(piece)); continue; }
    const classes = new Set(covering.map(i => anns[i].cls.split(' ')).flat());
    if (inBoilerplate) classes.add('boilerplate');
    if (covering.filter(i => anns[i].layer === 'techniques').length > 1) classes.add('ann-technique-multi');
    root.append(el('span', { class: [...classes].join(' '), 'data-ann': covering.join(',') || undefined, text: piece }));
  }
  return root;
}

function explain(panel, anns, ids) {
  clear(panel);
  if (!ids.length) {
    panel.append(el('p', { class: 'muted', text: 'Point at a highlighted passage to see why it is marked.' }));
    return;
  }
  for (const i of ids) {
    const a = anns[i];
    panel.append(el('div', { class: 'explain-item explain-' + a.layer },
      el('div', { class: 'explain-title', text: a.title }),
      a.lines.filter(Boolean).map(line => el('div', { class: 'explain-line', text: line }))));
  }
}

function profiles(analysis) {
  const box = el('div', { class: 'profiles' });
  const s = analysis.sourcing;
  if (s && s.claims) {
    box.append(el('h3', { text: 'On whose word — ' + s.claims + ' claims' }),
      bars(Object.entries(s.bySourceType).map(([k, v]) => [SOURCE_NAMES[k] || k, v, 'src-' + k.toLowerCase()]), { max: s.claims }),
      el('p', { class: 'muted', text: pct(s.anonymousShare) + ' anonymous · ' + pct(s.authorShare) + ' on the writer alone' }));
  }
  const p = analysis.persuasion;
  if (p) {
    const rows = Object.entries(p.byTechnique).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1])
      .map(([k, n]) => [humanTechnique(k), n, 'tech']);
    box.append(el('h3', { text: 'How it persuades — ' + p.perThousandWords.toFixed(1) + ' per 1,000 words' }),
      rows.length ? bars(rows) : el('p', { class: 'muted', text: 'No technique found.' }),
      el('p', { class: 'muted', text: pct(p.coveredShare) + ' of the text covered · ' + p.words + ' words' }));
  }
  const framing = analysis.framing || [];
  if (framing.length) {
    box.append(el('h3', { text: 'How actors are framed' }),
      el('ul', { class: 'framing' }, framing.map(f => el('li', {},
        el('span', { class: 'stance stance-' + f.stance.toLowerCase(), text: f.stance.toLowerCase() }), ' ',
        el('strong', { text: f.name }), ': ',
        f.labels.map(l => l.text).filter((v, i, all) => all.indexOf(v) === i).join(', ')))));
  }
  return box;
}

export function renderArticle(container, analysis, { key } = {}) {
  clear(container);
  const anns = annotations(analysis);
  const enabled = new Set(['techniques', 'quotes', 'claims', 'entities', 'places']);
  const panel = el('aside', { class: 'explain', id: 'explain' });
  const textHolder = el('div', {});
  const meta = [analysis.outlet, analysis.author, analysis.published ? analysis.published + (analysis.publishedEstimated ? ' (estimated)' : '') : null]
    .filter(Boolean).join(' · ');
  const toggles = el('div', { class: 'layer-toggles', role: 'group', 'aria-label': 'Layers' },
    LAYERS.map(layer => {
      const count = anns.filter(a => a.layer === layer.key).length;
      const box = el('input', { type: 'checkbox', id: 'layer-' + layer.key, checked: enabled.has(layer.key), disabled: count === 0,
        onchange: e => { e.target.checked ? enabled.add(layer.key) : enabled.delete(layer.key); draw(); } });
      return el('label', { class: 'toggle toggle-' + layer.key + (count === 0 ? ' toggle-empty' : '') }, box,
        ' ' + layer.label + ' ', el('span', { class: 'count', text: String(count) }));
    }));
  const legend = el('div', { class: 'legend' },
    el('span', { class: 'ann-claim ann-claim-anonymous', text: 'anonymous source' }), ' ',
    el('span', { class: 'ann-claim ann-claim-author', text: 'writer alone' }), ' ',
    el('span', { class: 'ann-claim ann-claim-named_person', text: 'named source' }), ' ',
    el('span', { class: 'ann-technique', text: 'technique' }), ' ',
    el('span', { class: 'ann-quote', text: 'quote' }));

  function draw() {
    const visible = anns.filter(a => enabled.has(a.layer));
    clear(textHolder).append(renderText(analysis.text, visible, analysis.boilerplate || []));
    explain(panel, visible, []);
    textHolder.onmouseover = e => {
      const span = e.target.closest('[data-ann]');
      if (span) explain(panel, visible, span.dataset.ann.split(',').map(Number));
    };
    textHolder.onclick = textHolder.onmouseover;
  }

  container.append(el('div', { class: 'article-view' },
    el('div', { class: 'article-main' },
      el('h1', { class: 'article-title', text: analysis.title || analysis.id }),
      el('div', { class: 'article-meta', text: meta }),
      key ? el('div', { class: 'article-links' }, el('a', { href: '/api/articles/' + key, text: 'JSON' })) : null,
      toggles, legend, textHolder),
    el('div', { class: 'article-side' }, panel, profiles(analysis))));
  draw();
}

// One event argument for the explanation panel; says when it was taken from context rather than the sentence.
function argLine(role, arg) {
  if (!arg) return '';
  return role + ': ' + arg.name + (arg.basis && arg.basis !== 'stated' ? ' (from ' + arg.basis + ')' : '');
}
