// Thin client of the REST API; errors carry the server's JSON message.
export async function getJson(path, params) {
  const url = new URL(path, location.origin);
  if (params) {
    for (const [key, value] of params.entries ? params.entries() : Object.entries(params)) {
      if (value !== undefined && value !== null && value !== '') url.searchParams.append(key, value);
    }
  }
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  return unwrap(response);
}

export async function postText(path, text, contentType = 'text/plain') {
  const response = await fetch(path, { method: 'POST', headers: { 'Content-Type': contentType + '; charset=utf-8' }, body: text });
  return unwrap(response);
}

async function unwrap(response) {
  let body = null;
  try { body = await response.json(); } catch (e) { /* not JSON */ }
  if (!response.ok) {
    throw new Error(body && body.message ? body.message + ' (' + response.status + ')' : 'HTTP ' + response.status);
  }
  return body;
}

// The search state lives in the URL hash: #/search?q=…&outlet=…
export function hashParams() {
  const hash = location.hash || '#/search';
  const at = hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
}

export function filterParams() {
  const params = hashParams();
  const kept = new URLSearchParams();
  for (const [key, value] of params.entries()) {
    if (['q', 'outlet', 'author', 'entity', 'place', 'technique', 'sourceType', 'eventType', 'from', 'to'].includes(key)) {
      kept.append(key, value);
    }
  }
  return kept;
}
