// The dashboard's only door to the data: JSON over fetch, errors turned into readable messages.

export class ApiFailure extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function call(method, url, body) {
  const init = { method, headers: { accept: 'application/json' }, credentials: 'same-origin' };
  if (body !== undefined) {
    init.headers['content-type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(url, init);
  } catch {
    throw new ApiFailure(0, 'offline', 'the sitrep server cannot be reached');
  }
  let data = null;
  try {
    data = await res.json();
  } catch {
    // not JSON: handled below
  }
  if (!res.ok) {
    const e = data && data.error ? data.error : { code: 'http_' + res.status, message: res.statusText };
    throw new ApiFailure(res.status, e.code, e.message);
  }
  return data;
}

const enc = encodeURIComponent;

export const api = {
  incidents: (limit = 50, offset = 0) => call('GET', `/api/incidents?limit=${limit}&offset=${offset}`),
  picture: (slug) => call('GET', `/api/incidents/${enc(slug)}/picture?view=summary`),
  figureClaims: (slug, measure, group) => call('GET', `/api/incidents/${enc(slug)}/claims?type=figure&measure=${enc(measure)}&group=${enc(group)}&limit=500`),
  report: (id) => call('GET', `/api/reports/${enc(id)}`),
  reviews: (slug) => call('GET', `/api/incidents/${enc(slug)}/reviews?limit=500`),
  addReport: (body) => call('POST', '/api/reports', body),
  review: (slug, body) => call('POST', `/api/incidents/${enc(slug)}/reviews`, body),
  moveReport: (id, body) => call('POST', `/api/reports/${enc(id)}/move`, body),
  mergeIncident: (slug, body) => call('POST', `/api/incidents/${enc(slug)}/merge`, body),
  undo: (id, who) => call('POST', `/api/reviews/${enc(id)}/undo`, { who }),
};
