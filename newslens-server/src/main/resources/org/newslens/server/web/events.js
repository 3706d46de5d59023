import { el, clear } from './dom.js';
import { getJson, filterParams } from './api.js';

const label = type => type.replaceAll('_', ' ').toLowerCase();

function when(record) {
  if (!record.dateFrom) return 'undated';
  return record.dateFrom === record.dateTo ? record.dateFrom : record.dateFrom + ' – ' + record.dateTo;
}

// The event list: one row per event record, the events several outlets tell first.
export async function renderEvents(container) {
  clear(container);
  const params = filterParams();
  const data = await getJson('/api/events', params);
  const types = [...new Set(data.items.map(r => r.type))].sort();
  container.append(el('div', { class: 'events-view' },
    el('h1', { text: 'Events' }),
    el('p', { class: 'muted', id: 'events-status', text: data.records + ' event records from ' + data.mentions
      + ' event mentions in ' + data.considered + ' articles; mentions of one event are linked across articles by type, place (25 km), time and wording. Showing ' + data.items.length + '.' }),
    el('p', { class: 'muted' }, 'Export: ',
      el('a', { href: '/api/export/acled?' + params.toString(), text: 'ACLED-style CSV' }), ' · ',
      el('a', { href: '/api/export/events?' + params.toString(), text: 'event records (JSON lines)' }), ' · ',
      el('a', { href: '/api/export/events-geojson?' + params.toString(), text: 'GeoJSON' }), ' · ',
      el('a', { href: '/api/export/gexf?' + params.toString(), text: 'actor network (GEXF)' })),
    el('table', { class: 'events-table', id: 'events-table' },
      el('thead', {}, el('tr', {}, ['When', 'Type', 'Where', 'Actor', 'Target', 'Outlets', 'Words used', 'Conflicts']
        .map(h => el('th', { text: h })))),
      el('tbody', {}, data.items.map(r => el('tr', { class: r.conflicts.length ? 'event-conflict' : '' },
        el('td', { text: when(r) }),
        el('td', {}, el('a', { href: '#/event/' + encodeURIComponent(r.id) + '?' + params.toString(), class: 'event-link', text: label(r.type) })),
        el('td', { text: r.location ? r.location.name + (r.location.basis !== 'stated' ? ' (' + r.location.basis + ')' : '') : '—' }),
        el('td', { text: r.actors.join(', ') || '—' }),
        el('td', { text: r.targets.join(', ') || '—' }),
        el('td', { text: r.outlets.length + ': ' + r.outlets.join(', ') }),
        el('td', { text: Object.entries(r.words).map(([o, w]) => w.join('/')).join(' · ') }),
        el('td', { text: r.conflicts.join('; ') || '' }))))),
    types.length ? el('p', { class: 'muted', text: 'Types shown: ' + types.map(label).join(', ') }) : null));
}

// The event page: how each outlet told the same event, side by side, with sources and modality.
export async function renderEvent(container, id) {
  clear(container);
  const r = await getJson('/api/events/' + encodeURIComponent(id), filterParams());
  const byOutlet = new Map();
  for (const report of r.reports) {
    const outlet = report.outlet || report.articleId;
    if (!byOutlet.has(outlet)) byOutlet.set(outlet, []);
    byOutlet.get(outlet).push(report);
  }
  container.append(el('div', { class: 'event-view' },
    el('h1', { text: label(r.type) + (r.location ? ' · ' + r.location.name : '') + ' · ' + when(r) }),
    el('p', { class: 'muted', text: r.reports.length + ' mentions in ' + new Set(r.reports.map(x => x.articleId)).size
      + ' articles from ' + r.outlets.length + ' outlets · linking confidence ' + r.confidence.toFixed(2) }),
    r.conflicts.length ? el('div', { class: 'conflicts', role: 'note' }, el('strong', { text: 'Where the accounts differ' }),
      el('ul', {}, r.conflicts.map(c => el('li', { text: c })))) : el('p', { class: 'muted', text: 'No conflicting actors, dates or numbers found.' }),
    el('div', { class: 'outlet-columns' }, [...byOutlet.entries()].map(([outlet, reports]) =>
      el('section', { class: 'outlet-account' },
        el('h2', { text: outlet }),
        el('p', { class: 'muted', text: 'Words: ' + (r.words[outlet] || []).join(', ') }),
        reports.map(rep => el('div', { class: 'account' },
          el('p', { class: 'account-sentence' }, highlight(rep)),
          el('p', { class: 'muted', text: [rep.event.modality.toLowerCase(),
            rep.sourceType ? 'on the word of ' + (rep.source || 'unnamed') + ' (' + rep.sourceType.toLowerCase().replaceAll('_', ' ') + ')'
              + (rep.via.length ? ' via ' + rep.via.join(' → ') : '') : 'the writer',
            rep.event.actor ? 'actor ' + rep.event.actor.name : '', rep.event.target ? 'target ' + rep.event.target.name : '']
            .filter(Boolean).join(' · ') }),
          rep.articleKey ? el('a', { href: '#/article/' + encodeURIComponent(rep.articleKey), text: rep.title || rep.articleId }) :
            el('span', { text: rep.title || rep.articleId }))))))));
}

// The sentence with the trigger words marked; offsets are searched, not trusted, since the sentence is stripped.
function highlight(report) {
  const sentence = report.sentence;
  const at = sentence.indexOf(report.event.text);
  if (at < 0) return [sentence];
  return [sentence.slice(0, at), el('mark', { class: 'trigger', text: report.event.text }), sentence.slice(at + report.event.text.length)];
}
