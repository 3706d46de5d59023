// Builds DOM nodes from data without ever parsing article text as HTML: every string goes
// through textContent, so a <script> in an article stays text.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'href') node.setAttribute('href', safeHref(value));
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// Only our own routes and API paths are ever linked.
function safeHref(value) {
  const href = String(value);
  return href.startsWith('#/') || href.startsWith('/api/') || href === '/' ? href : '#/search';
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

// A horizontal bar chart: rows of [label, value, className?].
export function bars(rows, { format = v => String(v), max } = {}) {
  const top = max ?? Math.max(1e-9, ...rows.map(r => r[1]));
  return el('div', { class: 'bars' }, rows.map(([label, value, cls]) => {
    const fill = el('span', { class: 'bar-fill ' + (cls || '') });
    fill.style.width = Math.max(1, Math.round(100 * value / top)) + '%';
    return el('div', { class: 'bar-row' },
      el('span', { class: 'bar-label', text: label, title: label }),
      el('span', { class: 'bar-track' }, fill),
      el('span', { class: 'bar-value', text: format(value) }));
  }));
}

export function pct(x) {
  return Math.round(100 * x) + '%';
}

export function humanTechnique(label) {
  return label.replace(/_/g, ' ').replace(/,/g, ', ').replace(/-/g, '/');
}

export const SOURCE_NAMES = {
  NAMED_PERSON: 'named person', NAMED_ORGANIZATION: 'named organisation', MEDIA_OUTLET: 'media outlet',
  ANONYMOUS: 'anonymous', AUTHOR: 'writer alone'
};
