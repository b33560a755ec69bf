// The conversation list (newest first, paged) and one conversation: its messages, delivery statuses,
// the agent's typing, a composer that writes as the customer, and the webchat context.

import {admin, api, segment} from './api.js';
import {byId, el, fakeTime, fill, safeUrl, throttle} from './dom.js';
import {ContextEditor} from './context.js';

const IMAGE = /\.(png|jpe?g|gif|webp|bmp|svg)(\?|$)/i;
const TYPING_SHOWN_MS = 6000;
const DELIVERY_STEPS = ['accepted', 'sending', 'sent', 'read', 'TWILIO_ERROR'];

export class Conversations {
  constructor(app) {
    this.app = app;
    this.offset = 0;
    this.selected = null;
    this.conversation = null;
    this.typingTimer = null;
    this.context = new ContextEditor(app, () => this.selected);
    byId('medium-filter').addEventListener('change', () => { this.offset = 0; this.refreshList(); });
    byId('page-size').addEventListener('change', () => { this.offset = 0; this.refreshList(); });
    byId('page-newer').addEventListener('click', () => {
      this.offset = Math.max(0, this.offset - this.limit());
      this.refreshList();
    });
    byId('page-older').addEventListener('click', () => {
      if (this.nextOffset !== undefined) {
        this.offset = this.nextOffset;
        this.refreshList();
      }
    });
    byId('composer').addEventListener('submit', event => { event.preventDefault(); this.sendAsCustomer(); });
    const typing = throttle(() => this.typeAsCustomer(), 2000);
    byId('composer-text').addEventListener('input', () => typing());
    byId('close-conversation').addEventListener('click', () => this.close());
  }

  limit() {
    return Number(byId('page-size').value);
  }

  /** Forgets everything shown (another credential). */
  clear() {
    this.offset = 0;
    this.selected = null;
    this.conversation = null;
    fill(byId('conversation-list'));
    byId('detail-body').hidden = true;
    byId('detail-empty').hidden = false;
  }

  async refreshList() {
    const medium = byId('medium-filter').value;
    const query = '?_limit=' + this.limit() + '&_offset=' + this.offset + (medium ? '&medium=' + medium : '');
    const answer = await this.app.attempt(() => api('GET', '/conversation/conversations' + query));
    if (!answer) {
      return;
    }
    const set = (answer.metadata && answer.metadata.result_set) || {};
    this.nextOffset = set.more ? set.next_offset : undefined;
    const items = answer.conversations || [];
    fill(byId('conversation-list'), items.map(summary => this.row(summary)));
    const first = items.length ? this.offset + 1 : 0;
    byId('page-info').textContent = first + '–' + (this.offset + items.length) + ' of ' + (set.total_records ?? items.length);
    byId('page-newer').disabled = this.offset === 0;
    byId('page-older').disabled = this.nextOffset === undefined;
  }

  row(summary) {
    const names = (summary.participants || [])
        .map(p => p.conversation_participant_name || p.conversation_participant_arn).filter(Boolean).join(', ');
    const button = el('button', {type: 'button', class: 'conversation-row', onclick: () => this.open(summary.conversation_uuid),
      'aria-current': summary.conversation_uuid === this.selected ? 'true' : null},
    el('span', {class: 'badge medium-' + summary.medium}, summary.medium === 'websocket' ? 'Webchat' : 'SMS'),
    summary.unread_messages ? el('span', {class: 'badge unread'}, 'Unread') : null,
    summary.closed ? el('span', {class: 'badge closed'}, 'Closed') : null,
    el('span', {class: 'names'}, names || '(no participants)'),
    el('span', {class: 'last'},
        summary.last_conversation_participant_name ? summary.last_conversation_participant_name + ': ' : '',
        summary.last_conversation_message_body || ''),
    el('time', {class: 'when'}, fakeTime(summary.last_message_dts)));
    return el('li', {dataset: {uuid: summary.conversation_uuid}}, button);
  }

  async open(uuid) {
    this.selected = uuid;
    byId('typing').textContent = '';
    byId('composer-text').value = '';
    for (const row of byId('conversation-list').querySelectorAll('.conversation-row')) {
      row.setAttribute('aria-current', row.parentElement.dataset.uuid === uuid ? 'true' : 'false');
    }
    await this.refreshDetail();
    byId('detail-title').focus();
  }

  async refreshDetail() {
    const uuid = this.selected;
    if (!uuid) {
      return;
    }
    const answer = await this.app.attempt(() => api('GET', '/conversation/conversations/' + segment(uuid)));
    if (!answer || uuid !== this.selected) {
      return;
    }
    const c = answer.conversation;
    this.conversation = c;
    byId('detail-empty').hidden = true;
    byId('detail-body').hidden = false;
    const title = byId('detail-title');
    title.tabIndex = -1;
    title.textContent = (c.medium === 'websocket' ? 'Webchat' : 'SMS') + ' with ' + (this.customerName() || 'nobody');
    fill(byId('detail-meta'),
        'Started ' + fakeTime(c.start_dts) + ' · ' + (c.message_count ?? 0) + ' messages · ',
        c.closed ? el('strong', {}, 'Closed') : 'Open', ' · ', el('code', {}, c.conversation_uuid));
    fill(byId('detail-participants'), (c.participants || []).map(p => el('li', {},
        el('span', {class: 'name'}, p.conversation_participant_name || p.conversation_participant_arn),
        ' ', el('code', {}, p.conversation_participant_arn),
        p.left_dts ? ' (left ' + fakeTime(p.left_dts) + ')' : p.joined_dts ? ' (joined ' + fakeTime(p.joined_dts) + ')' : '',
        p.unread_messages ? ' · ' + p.unread_messages + ' unread' : '')));
    const list = byId('messages');
    const atBottom = list.scrollTop + list.clientHeight >= list.scrollHeight - 20;
    fill(list, (c.messages || []).map(m => this.message(m)));
    if (atBottom) {
      list.scrollTop = list.scrollHeight;
    }
    const sms = c.medium !== 'websocket';
    byId('composer-label').textContent = 'Write as the customer, ' + (this.customerName() || 'the customer')
        + (sms ? ' (SMS)' : ' (webchat)');
    byId('composer').hidden = c.closed || !this.customer();
    byId('close-conversation').hidden = c.closed;
    byId('context-panel').hidden = sms;
    if (!sms) {
      this.context.load();
    }
  }

  message(m) {
    const author = m.author_conversation_participant_arn;
    const customer = this.customer();
    const fromAgent = Boolean(author) && !(customer && customer.conversation_participant_arn === author);
    const statuses = m.transport_statuses || [];
    const kind = !author ? 'from-system' : fromAgent ? 'from-agent' : 'from-customer';
    return el('li', {class: 'message ' + kind, dataset: {uuid: m.conversation_message_uuid}},
        el('p', {class: 'head'},
            el('span', {class: 'author'}, m.author_conversation_participant_name || author || '(system)'),
            ' ', el('time', {datetime: m.message_dts || ''}, fakeTime(m.message_dts))),
        m.body ? el('p', {class: 'body'}, m.body) : null,
        (m.media_urls || []).length ? el('ul', {class: 'media'}, m.media_urls.map(url => this.media(url))) : null,
        statuses.length ? el('ul', {class: 'delivery', 'aria-label': 'Delivery status'}, statuses.map(s =>
          el('li', {class: 'delivery-' + s.status}, (this.nameOf(s.conversation_participant_arn)) + ': ' + s.status))) : null,
        fromAgent && this.app.can('transportStatus') ? this.deliveryControls(m) : null);
  }

  media(url) {
    const safe = safeUrl(url);
    if (!safe) {
      return el('li', {}, 'media (unsupported URL)');
    }
    const name = decodeURIComponent(new URL(safe).pathname.split('/').pop() || 'media');
    return el('li', {}, IMAGE.test(safe)
      ? el('a', {href: safe, target: '_blank', rel: 'noopener noreferrer'}, el('img', {src: safe, alt: 'Image ' + name, loading: 'lazy'}))
      : el('a', {href: safe, target: '_blank', rel: 'noopener noreferrer'}, 'Media: ' + name));
  }

  deliveryControls(m) {
    const select = el('select', {'aria-label': 'Delivery status for this message'},
        DELIVERY_STEPS.map(step => el('option', {value: step}, step === 'TWILIO_ERROR' ? 'Twilio error' : step)));
    return el('form', {class: 'deliver', onsubmit: event => {
      event.preventDefault();
      this.moveDelivery(m, select.value);
    }}, select, el('button', {type: 'submit'}, 'Set delivery status'));
  }

  /** The customer: the first participant that is neither this console's agent nor another agent. */
  customer() {
    const c = this.conversation;
    const others = ((c && c.participants) || []).filter(p => p.conversation_participant_arn !== this.app.agentArn);
    return others.find(p => /customer/.test(p.conversation_participant_arn || ''))
      || others.find(p => !/agent/.test(p.conversation_participant_arn || '')) || null;
  }

  customerName() {
    const customer = this.customer();
    return customer ? customer.conversation_participant_name || customer.conversation_participant_arn : null;
  }

  nameOf(arn) {
    const p = ((this.conversation && this.conversation.participants) || []).find(x => x.conversation_participant_arn === arn);
    return (p && p.conversation_participant_name) || arn;
  }

  async sendAsCustomer() {
    const customer = this.customer();
    const text = byId('composer-text');
    if (!customer || !text.value.trim()) {
      return;
    }
    const sent = await this.app.attempt(() => admin('POST', '/conversations/' + segment(this.selected) + '/messages', {
      author_arn: customer.conversation_participant_arn,
      author_name: customer.conversation_participant_name,
      body: text.value,
    }));
    if (sent) {
      text.value = '';
      this.app.notice('Sent as ' + (customer.conversation_participant_name || 'the customer') + '.');
      await Promise.all([this.refreshDetail(), this.refreshList()]);
    }
  }

  async typeAsCustomer() {
    const customer = this.customer();
    if (!customer || !this.selected || !this.app.can('customerTyping')) {
      return;
    }
    await this.app.attempt(() => admin('POST', '/conversations/' + segment(this.selected) + '/typing', {
      author_arn: customer.conversation_participant_arn,
      author_name: customer.conversation_participant_name,
      value: byId('composer-text').value,
    }));
  }

  async moveDelivery(m, status) {
    const done = await this.app.attempt(() => admin('PUT', '/conversations/' + segment(this.selected) + '/messages/'
        + segment(m.conversation_message_uuid) + '/transport-status', {status}));
    if (done !== undefined) {
      await this.refreshDetail();
    }
  }

  async close() {
    if (!this.selected) {
      return;
    }
    const done = await this.app.attempt(() => admin('PATCH', '/conversations/' + segment(this.selected), {closed: true}));
    if (done !== undefined) {
      this.app.notice('The conversation is closed.');
      await Promise.all([this.refreshDetail(), this.refreshList()]);
    }
  }

  /** A frame of the realtime channel: keep what is shown current. */
  onFrame(frame) {
    const uuid = frame.conversation_uuid
        || (frame.message && frame.message.conversation_uuid)
        || summaryUuid(frame);
    if (frame.type === 'event' && frame.event_type === 'typing') {
      if (uuid === this.selected && frame.event_typing
          && frame.event_typing.author_conversation_participant_arn !== (this.customer() || {}).conversation_participant_arn) {
        this.showTyping(frame.event_typing);
      }
      return;
    }
    if (frame.type === 'message' || frame.type === 'event') {
      this.app.schedule('list', () => this.refreshList());
      if (uuid && uuid === this.selected) {
        if (frame.type === 'message') {
          byId('typing').textContent = '';
        }
        if (frame.event_type === 'webchat context' && !this.context.dirty) {
          this.context.load(true);
        }
        this.app.schedule('detail', () => this.refreshDetail());
      }
    }
  }

  showTyping(typing) {
    const who = typing.author_conversation_participant_name || typing.author_conversation_participant_arn || 'The agent';
    byId('typing').textContent = typing.value === '' ? '' : who + ' is typing…';
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => { byId('typing').textContent = ''; }, TYPING_SHOWN_MS);
  }

  async tick() {
    await this.refreshList();
    await this.refreshDetail();
  }
}

function summaryUuid(frame) {
  for (const key of ['event_new_message', 'event_new_conversation', 'event_participant_update', 'event_conversation_closed',
    'event_updated_message', 'event_read_message', 'event_webchat_context']) {
    if (frame[key] && frame[key].conversation_uuid) {
      return frame[key].conversation_uuid;
    }
  }
  return null;
}
