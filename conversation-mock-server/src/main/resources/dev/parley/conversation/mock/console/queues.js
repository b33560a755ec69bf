// Starting a conversation as a customer, and the merchant's webchat queues: agents with their
// statuses, customers waiting, and putting a customer in a queue.

import {admin, api, segment} from './api.js';
import {byId, el, fakeTime, fill} from './dom.js';

const AGENT_STATUSES = ['available', 'busy', 'unavailable'];

export class Start {
  constructor(app) {
    this.app = app;
    byId('start-form').addEventListener('submit', event => { event.preventDefault(); this.start(); });
    byId('start-form').addEventListener('change', () => this.showMedium());
    this.showMedium();
  }

  medium() {
    return document.querySelector('input[name="start-medium"]:checked').value;
  }

  showMedium() {
    const sms = this.medium() === 'sms';
    for (const id of ['start-phone']) {
      byId(id).hidden = !sms;
      document.querySelector('label[for="' + id + '"]').hidden = !sms;
    }
    byId('start-queue').hidden = sms;
    document.querySelector('label[for="start-queue"]').hidden = sms;
  }

  async start() {
    const sms = this.medium() === 'sms';
    const name = byId('start-name').value.trim();
    const phone = byId('start-phone').value.trim();
    const first = byId('start-message').value;
    const request = {
      medium: this.medium(),
      customer_arn: sms ? 'arn:customer:' + phone : 'arn:customer:webchat-' + slug(name) + '-' + Date.now().toString(36),
      customer_name: name || null,
      first_message: first.trim() ? first : null,
    };
    if (!sms) {
      request.queue_name = byId('start-queue').value.trim();
    }
    if (sms && !phone) {
      this.app.fail('Enter the customer\'s phone number.');
      return;
    }
    const created = await this.app.attempt(() => admin('POST', '/conversations', request));
    if (created) {
      this.app.notice('Conversation started.');
      await this.app.openConversation(created.conversation_uuid);
    }
  }
}

export class Queues {
  constructor(app) {
    this.app = app;
    byId('queue-entry-form').addEventListener('submit', event => { event.preventDefault(); this.addEntry(); });
  }

  async refresh() {
    const answer = await this.app.attempt(() => api('GET', '/conversation/conversations/queues/statuses'));
    if (!answer) {
      return;
    }
    const queues = answer.queue_statuses || [];
    fill(byId('queue-names'), queues.map(q => el('option', {value: q.queue_name})));
    fill(byId('queues'), queues.length ? queues.map(q => this.queue(q)) : el('p', {class: 'hint'}, 'No queues yet.'));
  }

  queue(q) {
    const mine = (q.agents || []).find(a => a.conversation_participant_arn === this.app.agentArn);
    const status = el('select', {'aria-label': 'My status in ' + q.queue_name},
        AGENT_STATUSES.map(s => el('option', {value: s, selected: mine && mine.agent_status === s}, s)));
    return el('article', {class: 'queue', dataset: {queue: q.queue_name}},
        el('h3', {}, q.queue_name),
        el('p', {class: 'meta'}, (q.agent_count ?? 0) + ' agents (' + (q.agent_available_count ?? 0) + ' available, '
            + (q.agent_busy_count ?? 0) + ' busy, ' + (q.agent_unavailable_count ?? 0) + ' unavailable) · '
            + (q.customer_waiting_count ?? 0) + ' waiting'),
        el('table', {class: 'grid'},
            el('caption', {}, 'Agents'),
            el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, 'Agent'), el('th', {scope: 'col'}, 'Status'),
                el('th', {scope: 'col'}, 'Last chat'))),
            el('tbody', {}, (q.agents || []).map(a => el('tr', {},
                el('td', {}, a.conversation_participant_name || a.conversation_participant_arn),
                el('td', {class: 'agent-' + a.agent_status}, a.agent_status || ''),
                el('td', {}, fakeTime(a.last_chat_dts)))))),
        el('form', {class: 'inline', onsubmit: event => { event.preventDefault(); this.setStatus(q.queue_name, status.value); }},
            status, el('button', {type: 'submit'}, 'Set my status')),
        el('table', {class: 'grid'},
            el('caption', {}, 'Waiting customers'),
            el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, 'Customer'), el('th', {scope: 'col'}, 'Email'),
                el('th', {scope: 'col'}, 'Question'), el('th', {scope: 'col'}, 'Since'))),
            el('tbody', {}, (q.queue_entries || []).map(e => el('tr', {},
                el('td', {}, e.conversation_participant_name || e.conversation_participant_arn),
                el('td', {class: 'any'}, e.email || ''), el('td', {}, e.question || ''), el('td', {}, fakeTime(e.join_dts)))))));
  }

  async setStatus(queue, status) {
    const done = await this.app.attempt(() => api('PUT', '/conversation/conversations/queues/' + segment(queue) + '/status',
        {agent_status: status}));
    if (done !== undefined) {
      await this.refresh();
    }
  }

  async addEntry() {
    const name = byId('entry-name').value.trim();
    const queue = byId('entry-queue').value.trim();
    const entry = await this.app.attempt(() => admin('POST', '/queues/' + segment(queue) + '/entries', {
      customer_arn: 'arn:customer:' + slug(name) + '-' + Date.now().toString(36),
      name: name || null,
      email: byId('entry-email').value.trim() || null,
      question: byId('entry-question').value.trim() || null,
    }));
    if (entry) {
      this.app.notice((name || 'The customer') + ' waits in ' + queue + '.');
      await this.refresh();
    }
  }
}

function slug(text) {
  return (text || 'customer').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'customer';
}
