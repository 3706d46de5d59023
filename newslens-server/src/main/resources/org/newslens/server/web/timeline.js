import { el, clear } from './dom.js';
import { getJson, filterParams } from './api.js';

export async function renderTimeline(container) {
  clear(container);
  const data = await getJson('/api/timeline', filterParams());
  const events = await getJson('/api/events', new URLSearchParams([...filterParams().entries(), ['limit', '1000']]));
  const byDay = new Map();
  for (const r of events.items) {
    // Only events dated to a day or a few days: a month-wide window would smear across the chart.
    if (!r.dateFrom || r.dateFrom !== r.dateTo) continue;
    if (!byDay.has(r.dateFrom)) byDay.set(r.dateFrom, []);
    byDay.get(r.dateFrom).push(r);
  }
  const days = data.items;
  const max = Math.max(1, ...days.map(d => d.published + d.mentioned));
  container.append(el('div', { class: 'timeline-view' },
    el('h1', { text: 'Timeline' }),
    el('p', { class: 'muted', text: 'Per day: articles published (dark) and articles that mention the day (light), over ' + data.considered + ' articles. Below: the event records dated to one day.' }),
    el('div', { class: 'timeline', id: 'timeline' }, days.map(d => {
      const published = el('span', { class: 'tl-published' });
      published.style.height = (100 * d.published / max) + '%';
      const mentioned = el('span', { class: 'tl-mentioned' });
      mentioned.style.height = (100 * d.mentioned / max) + '%';
      return el('a', { class: 'tl-day', href: '#/search?from=' + d.date + '&to=' + d.date,
        title: d.date + ': ' + d.published + ' published, ' + d.mentioned + ' mention it' + (d.examples.length ? ' — ' + d.examples.join('; ') : '') },
        el('span', { class: 'tl-bars' }, mentioned, published), el('span', { class: 'tl-label', text: d.date.slice(5) }));
    })),
    el('table', { class: 'timeline-table' },
      el('thead', {}, el('tr', {}, el('th', { text: 'Day' }), el('th', { text: 'Published' }), el('th', { text: 'Mentioned' }), el('th', { text: 'As written' }))),
      el('tbody', {}, days.map(d => el('tr', {}, el('td', { text: d.date }), el('td', { text: String(d.published) }),
        el('td', { text: String(d.mentioned) }), el('td', { text: d.examples.join('; ') }))))),
    el('h2', { text: 'Events by day' }),
    el('table', { class: 'timeline-table', id: 'event-timeline' },
      el('thead', {}, el('tr', {}, el('th', { text: 'Day' }), el('th', { text: 'Events' }))),
      el('tbody', {}, [...byDay.keys()].sort().map(day => el('tr', {}, el('td', { text: day }),
        el('td', {}, byDay.get(day).map(r => el('div', {},
          el('a', { href: '#/event/' + encodeURIComponent(r.id), text: r.type.replaceAll('_', ' ').toLowerCase()
            + (r.location ? ' · ' + r.location.name : '') }),
          ' — ' + r.outlets.join(', '))))))))));
}
