// The merchant's faults: what is active with how many uses it has left, adding one, removing one or all.

import {admin, segment} from './api.js';
import {byId, el, fill} from './dom.js';

export class Faults {
  constructor(app) {
    this.app = app;
    byId('fault-form').addEventListener('submit', event => { event.preventDefault(); this.add(); });
    byId('fault-kind').addEventListener('change', () => this.showKind());
    byId('faults-clear').addEventListener('click', () => this.clear());
    this.showKind();
  }

  showKind() {
    const kind = byId('fault-kind').value;
    const shown = {
      'for-status': kind === 'status',
      'for-429': kind === '429',
      'for-delay': kind === 'delay',
      'for-http': kind !== 'sockets',
    };
    for (const [cls, visible] of Object.entries(shown)) {
      for (const node of document.querySelectorAll('.' + cls)) {
        node.hidden = !visible;
      }
    }
  }

  async refresh() {
    const answer = await this.app.attempt(() => admin('GET', '/faults'));
    if (!answer) {
      return;
    }
    const faults = answer.faults || [];
    fill(byId('fault-rows'), faults.length ? faults.map(f => this.row(f))
      : el('tr', {}, el('td', {colspan: 4, class: 'hint'}, 'No active fault: every request is served normally.')));
  }

  row(f) {
    const what = f.drop_connection ? 'Drop the connection'
      : f.status ? 'Answer ' + f.status + (f.retry_after_seconds !== undefined ? ' with Retry-After: ' + f.retry_after_seconds : '')
        : 'Answer normally';
    return el('tr', {dataset: {fault: f.fault_id}},
        el('td', {}, what + (f.delay_ms ? ' after ' + f.delay_ms + ' ms' : '')),
        el('td', {class: 'any'}, (f.method || 'any method') + ' ' + (f.path || 'any path')),
        el('td', {class: 'remaining'}, f.remaining + ' of ' + f.times),
        el('td', {}, el('button', {type: 'button', onclick: () => this.remove(f.fault_id),
          'aria-label': 'Remove fault ' + f.fault_id}, 'Remove')));
  }

  async add() {
    const kind = byId('fault-kind').value;
    const fault = {};
    const method = byId('fault-method').value;
    const path = byId('fault-path').value.trim();
    if (method) {
      fault.method = method;
    }
    if (path) {
      fault.path = path;
    }
    fault.times = wholeNumber(byId('fault-times').value);
    if (kind === 'status') {
      fault.status = wholeNumber(byId('fault-status').value);
    } else if (kind === '429') {
      fault.status = 429;
      fault.retry_after_seconds = wholeNumber(byId('fault-retry').value);
    } else if (kind === 'delay') {
      fault.delay_ms = wholeNumber(byId('fault-delay').value);
    } else if (kind === 'drop') {
      fault.drop_connection = true;
    } else if (kind === 'sockets') {
      const done = await this.app.attempt(() => admin('POST', '/sockets/drop', {}));
      if (done !== undefined) {
        this.app.notice('The merchant\'s realtime sockets are dropped.');
      }
      return;
    }
    const created = await this.app.attempt(() => admin('POST', '/faults', fault));
    if (created) {
      this.app.notice('Fault ' + created.fault_id + ' added.');
      await this.refresh();
    }
  }

  async remove(id) {
    const done = await this.app.attempt(() => admin('DELETE', '/faults/' + segment(id)));
    if (done !== undefined) {
      await this.refresh();
    }
  }

  async clear() {
    const done = await this.app.attempt(() => admin('DELETE', '/faults'));
    if (done !== undefined) {
      await this.refresh();
    }
  }
}

// What the person typed, sent as typed: the fake says what is wrong with a value that is not a number.
function wholeNumber(text) {
  const trimmed = String(text).trim();
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}
