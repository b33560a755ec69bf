// Every call the console makes to the fake: the API under /rest/v2 and the control plane under
// /__admin, with the credential the person entered sent as a header (never in a URL), and every
// error answer turned into the sentence it carries.

const STORE = 'parley.console.credential';
const API = '/rest/v2';
const ADMIN = '/__admin';

/** The credential, kept in this tab's session storage only. */
export const credential = {
  get() {
    try {
      const stored = JSON.parse(sessionStorage.getItem(STORE) || 'null');
      return stored && typeof stored.value === 'string' && stored.value.trim() ? stored : null;
    } catch (e) {
      return null;
    }
  },
  set(kind, value) {
    sessionStorage.setItem(STORE, JSON.stringify({kind: kind === 'bearer' ? 'bearer' : 'key', value: value.trim()}));
  },
  clear() {
    sessionStorage.removeItem(STORE);
  },
};

/** A refused or failed call: status 0 when no answer came; sentence is what to show the person. */
export class ApiError extends Error {
  constructor(status, sentence, retryAfter) {
    super(sentence);
    this.status = status;
    this.sentence = sentence;
    this.retryAfter = retryAfter;
  }
}

/** A call to UltraCart's API on the fake, e.g. api('GET', '/conversation/conversations?_limit=20'). */
export function api(method, path, body) {
  return call(method, API + path, body, {'X-UltraCart-Api-Version': '2017-03-01'});
}

/** A call to the fake's control plane, e.g. admin('POST', '/clock/advance', {millis: 60000}). */
export function admin(method, path, body) {
  return call(method, ADMIN + path, body, {});
}

/** Encodes one path segment (a conversation uuid, a queue name). */
export function segment(value) {
  return encodeURIComponent(String(value));
}

async function call(method, url, body, extraHeaders) {
  const held = credential.get();
  if (!held) {
    throw new ApiError(0, 'Enter a credential first: a simple key or a bearer token.');
  }
  // Marks the console's own requests, so the request journal can tell them from the ones under test.
  const headers = Object.assign({'Accept': 'application/json', 'X-Parley-Console': '1'}, extraHeaders);
  if (held.kind === 'bearer') {
    headers['Authorization'] = 'Bearer ' + held.value;
  } else {
    headers['x-ultracart-simple-key'] = held.value;
  }
  const init = {method, headers, cache: 'no-store', credentials: 'omit', referrerPolicy: 'no-referrer'};
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(url, init);
  } catch (e) {
    throw new ApiError(0, 'The fake did not answer ' + method + ' ' + url.split('?')[0] + ' (connection failed or dropped).');
  }
  const text = await response.text().catch(() => '');
  if (!response.ok) {
    throw new ApiError(response.status, sentenceOf(response, text), response.headers.get('Retry-After'));
  }
  if (!text) {
    return null;
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ApiError(response.status, 'The fake answered ' + method + ' ' + url.split('?')[0] + ' with a body that is not JSON.');
  }
}

function sentenceOf(response, text) {
  try {
    const error = JSON.parse(text).error;
    const sentence = error && (error.developer_message || error.user_message);
    if (sentence) {
      return sentence;
    }
  } catch (e) {
    // Not UltraCart's error shape: the header, else the status.
  }
  return response.headers.get('UC-REST-ERROR') || ('The fake answered ' + response.status + '.');
}
