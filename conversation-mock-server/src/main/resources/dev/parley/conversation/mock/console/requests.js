// The request journal (newest first, secrets masked by the fake and again here), filterable by
// operation and status, each request opening to its headers and body; and the frames that arrived on
// the realtime channel.

import {admin} from './api.js';
import {byId, el, fill} from './dom.js';

const LIMIT = 200;
const SECRET_HEADERS = /^(x-ultracart-simple-key|authorization|proxy-authorization|cookie)$/i;
const JWT = /eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g;
const OPERATIONS = [
  ['getAgentKeepAlive', 'GET', /^\/conversation\/agent\/keepalive$/],
  ['getAgentWebsocketAuthorization', 'PUT', /^\/conversation\/agent\/auth$/],
  ['getConversationWebchatQueueStatuses', 'GET', /^\/conversation\/conversations\/queues\/statuses$/],
  ['updateConversationWebchatQueueStatus', 'PUT', /^\/conversation\/conversations\/queues\/[^/]+\/status$/],
  ['getConversations', 'GET', /^\/conversation\/conversations$/],
  ['startConversation', 'PUT', /^\/conversation\/conversations$/],
  ['getConversation', 'GET', /^\/conversation\/conversations\/[^/]+$/],
  ['getConversationContext', 'PUT', /^\/conversation\/conversations\/[^/]+\/context$/],
  ['getConversationMessages', 'GET', /^\/conversation\/conversations\/[^/]+\/messages\/[^/]+$/],
  ['joinConversation', 'PUT', /^\/conversation\/conversations\/[^/]+\/join$/],
  ['leaveConversation', 'DELETE', /^\/conversation\/conversations\/[^/]+\/leave$/],
  ['markReadConversation', 'PUT', /^\/conversation\/conversations\/[^/]+\/markread$/],
  ['getConversationMultimediaUploadUrl', 'GET', /^\/conversation\/upload_url\/[^/]+$/],
];

/** The operation of the contract a recorded request was for, or 'other'. */
export function operationOf(method, path) {
  const under = path.startsWith('/rest/v2') ? path.slice('/rest/v2'.length) : path;
  const found = OPERATIONS.find(([, m, pattern]) => m === method && pattern.test(under));
  return found ? found[0] : 'other';
}

export class Requests {
  constructor(app, live) {
    this.app = app;
    this.live = live;
    this.open = new Set();
    const select = byId('request-operation');
    for (const [name] of OPERATIONS) {
      select.appendChild(el('option', {value: name}, name));
    }
    select.appendChild(el('option', {value: 'other'}, 'other'));
    for (const id of ['request-operation', 'request-status', 'request-hide-console']) {
      byId(id).addEventListener('change', () => this.render());
    }
    byId('requests-clear').addEventListener('click', () => this.clear());
    this.recorded = [];
  }

  async refresh() {
    const answer = await this.app.attempt(() => admin('GET', '/requests?limit=' + LIMIT));
    if (!answer) {
      return;
    }
    this.recorded = (answer.requests || []).slice().reverse();
    this.render();
  }

  render() {
    const operation = byId('request-operation').value;
    const status = byId('request-status').value;
    const hideConsole = byId('request-hide-console').checked;
    const shown = this.recorded.filter(r => (!operation || operationOf(r.method, r.path) === operation)
        && (status === '' || (status === '0' ? r.status === 0 : String(r.status).startsWith(status) && r.status !== 0))
        && !(hideConsole && r.headers && r.headers['x-parley-console']));
    fill(byId('request-rows'), shown.length ? shown.map(r => this.row(r))
      : el('li', {class: 'hint'}, this.recorded.length ? 'No request matches the filters.' : 'No request yet.'));
    const frames = this.live.frames;
    fill(byId('frame-rows'), frames.length ? frames.map(f => this.frame(f))
      : el('li', {class: 'hint'}, this.live.isLive() ? 'No frame yet.' : 'The realtime channel is not connected.'));
  }

  row(r) {
    const key = r.received_dts + ' ' + r.method + ' ' + r.path + ' ' + r.status;
    const details = el('details', {class: 'request', open: this.open.has(key),
      ontoggle: () => (details.open ? this.open.add(key) : this.open.delete(key))},
    el('summary', {},
        el('span', {class: 'status status-' + String(r.status).charAt(0)}, r.status === 0 ? 'dropped' : String(r.status)),
        ' ', el('strong', {}, r.method), ' ', el('span', {class: 'path'}, r.path + (r.query ? '?' + r.query : '')),
        ' ', el('span', {class: 'op'}, operationOf(r.method, r.path)),
        ' ', el('time', {}, r.received_dts)),
    el('table', {class: 'grid headers'}, el('caption', {}, 'Headers'),
        el('tbody', {}, Object.entries(r.headers || {}).sort(([a], [b]) => a.localeCompare(b)).map(([name, value]) =>
          el('tr', {}, el('th', {scope: 'row'}, name), el('td', {class: 'any'}, mask(name, value)))))),
    el('p', {class: 'label'}, 'Body'),
    el('pre', {class: 'body'}, r.body ? pretty(r.body) : '(none)'));
    return el('li', {}, details);
  }

  frame(f) {
    const frame = f.frame;
    const label = frame.type === 'event' ? 'event: ' + frame.event_type : frame.type;
    return el('li', {}, el('details', {class: 'request'},
        el('summary', {}, el('strong', {}, label), ' ', frame.conversation_uuid ? el('span', {class: 'path'}, frame.conversation_uuid) : null,
            ' ', el('time', {}, f.received.toISOString())),
        el('pre', {class: 'body'}, JSON.stringify(frame, null, 2).replace(JWT, '****'))));
  }

  async clear() {
    const done = await this.app.attempt(() => admin('DELETE', '/requests'));
    if (done !== undefined) {
      await this.refresh();
    }
  }
}

function mask(name, value) {
  return SECRET_HEADERS.test(name) ? '****' : String(value).replace(JWT, '****');
}

function pretty(body) {
  try {
    return JSON.stringify(JSON.parse(body), null, 2).replace(JWT, '****');
  } catch (e) {
    return body.replace(JWT, '****');
  }
}
