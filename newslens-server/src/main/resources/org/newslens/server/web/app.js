import { el, clear } from './dom.js';
import { getJson } from './api.js';
import { renderArticle } from './article.js';
import { renderSearch } from './search.js';
import { renderMap } from './map.js';
import { renderNetwork } from './network.js';
import { renderOutlets } from './outlets.js';
import { renderTimeline } from './timeline.js';
import { renderAnalyze } from './analyze.js';
import { renderEvents, renderEvent } from './events.js';

const view = document.getElementById('view');

const ROUTES = {
  search: () => renderSearch(view),
  article: async key => renderArticle(view, await getJson('/api/articles/' + encodeURIComponent(key)), { key }),
  map: () => renderMap(view),
  network: () => renderNetwork(view),
  outlets: () => renderOutlets(view),
  timeline: () => renderTimeline(view),
  events: () => renderEvents(view),
  event: id => renderEvent(view, id),
  analyze: () => renderAnalyze(view)
};

async function route() {
  const hash = (location.hash || '#/search').slice(2);
  const path = hash.split('?')[0];
  const [name, arg] = path.split('/');
  const render = ROUTES[name] || ROUTES.search;
  for (const link of document.querySelectorAll('nav a')) {
    link.classList.toggle('active', link.dataset.view === (ROUTES[name] ? (name === 'event' ? 'events' : name) : 'search'));
  }
  document.body.dataset.view = ROUTES[name] ? name : 'search';
  document.body.dataset.ready = 'false';
  try {
    await render(arg && decodeURIComponent(arg));
  } catch (err) {
    clear(view).append(el('div', { class: 'error', role: 'alert', text: 'Something went wrong: ' + err.message }));
  }
  document.body.dataset.ready = 'true';
}

document.getElementById('quick-search').addEventListener('submit', e => {
  e.preventDefault();
  const q = document.getElementById('quick-q').value;
  location.hash = '#/search?' + new URLSearchParams({ q }).toString();
});
window.addEventListener('hashchange', route);
window.addEventListener('load', route);
