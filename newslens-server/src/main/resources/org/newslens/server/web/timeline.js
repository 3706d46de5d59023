import { el, clear } from './dom.js';
import { getJson, filterParams } from './api.js';

export async function renderTimeline(container) {
  clear(container);
  const data = await getJson('/api/timeline', filterParams());
  const days = data.items;
  const max = Math.max(1, ...days.map(d => d.published + d.mentioned));
  container.append(el('div', { class: 'timeline-view' },
    el('h1', { text: 'Timeline' }),
    el('p', { class: 'muted', text: 'Per day: articles published (dark) and articles that mention the day (light), over ' + data.considered + ' articles. Events will join this view once they are analysed.' }),
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
        el('td', { text: String(d.mentioned) }), el('td', { text: d.examples.join('; ') })))))));
}
