import { el, clear } from './dom.js';
import { postText } from './api.js';
import { renderArticle } from './article.js';

export function renderAnalyze(container) {
  clear(container);
  const output = el('div', { id: 'analyze-output' });
  const status = el('p', { class: 'muted', id: 'analyze-status' });
  const form = el('form', { class: 'analyze-form', onsubmit: async e => {
    e.preventDefault();
    const text = e.target.elements.text.value;
    const kind = e.target.elements.kind.value;
    if (!text.trim()) { status.textContent = 'Paste an article first.'; return; }
    status.textContent = 'Analysing… (the first analysis loads the models, about ten seconds)';
    clear(output);
    try {
      const analysis = await postText('/api/analyze' + (e.target.elements.keep.checked ? '?store=true' : ''), text, kind);
      status.textContent = analysis.key ? 'Analysed and stored.' : 'Analysed (not stored).';
      renderArticle(output, analysis, { key: analysis.key });
    } catch (err) {
      status.textContent = 'Could not analyse: ' + err.message;
    }
  } },
    el('h1', { text: 'Analyse an article' }),
    el('p', { class: 'muted', text: 'Paste the text (first line = title) or the page HTML. Nothing leaves this machine.' }),
    el('textarea', { name: 'text', id: 'analyze-text', rows: 12, placeholder: 'Title\n\nBy …\n\nText of the article…' }),
    el('div', { class: 'analyze-controls' },
      el('select', { name: 'kind' }, el('option', { value: 'text/plain', text: 'Plain text' }), el('option', { value: 'text/html', text: 'HTML' })),
      el('label', {}, el('input', { type: 'checkbox', name: 'keep' }), ' also store it'),
      el('button', { type: 'submit', id: 'analyze-button', text: 'Analyse' })));
  container.append(el('div', { class: 'analyze-view' }, form, status, output));
}
