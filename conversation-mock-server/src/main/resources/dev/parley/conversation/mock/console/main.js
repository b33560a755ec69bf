// The console's entry point: the credential, the views, and what keeps them current (the realtime
// channel, or polling while it is down).

import {admin, ApiError, credential} from './api.js';
import {byId} from './dom.js';
import {Live} from './live.js';
import {Conversations} from './conversations.js';
import {Queues, Start} from './queues.js';
import {Faults} from './faults.js';
import {Requests} from './requests.js';
import {Clock} from './clock.js';

const JOURNAL_MS = 2000;
const CLOCK_MS = 5000;
// Control-plane calls of the realtime channel this console uses when the fake has them.
const CAPABILITIES = new Set([]);

class App {
  constructor() {
    this.agentArn = null;
    this.view = 'conversations';
    this.pending = new Map();
    this.live = new Live(byId('live-indicator'), {
      onFrame: frame => this.onFrame(frame),
      onTick: () => this.tick(),
      onResync: () => this.refreshAll(),
    });
    this.conversations = new Conversations(this);
    this.start = new Start(this);
    this.queues = new Queues(this);
    this.faults = new Faults(this);
    this.requests = new Requests(this, this.live);
    this.clock = new Clock(this);
    for (const tab of document.querySelectorAll('.tab')) {
      tab.addEventListener('click', () => this.show(tab.dataset.view));
    }
    byId('tenant-form').addEventListener('submit', event => { event.preventDefault(); this.signIn(); });
    byId('forget').addEventListener('click', () => this.signOut());
    byId('error-close').addEventListener('click', () => { byId('error').hidden = true; });
    for (const node of document.querySelectorAll('[data-needs]')) {
      node.hidden = !this.can(node.dataset.needs);
    }
    // The journal and the faults change without a frame on the channel: read them while they are shown.
    setInterval(() => this.credentialHeld() && this.view === 'requests' && this.requests.refresh(), JOURNAL_MS);
    setInterval(() => this.credentialHeld() && this.view === 'faults' && this.faults.refresh(), JOURNAL_MS);
    setInterval(() => this.credentialHeld() && this.clock.refresh(), CLOCK_MS);
    if (credential.get()) {
      byId('credential-kind').value = credential.get().kind;
      this.opened();
    } else {
      this.show('conversations');
    }
  }

  can(capability) {
    return CAPABILITIES.has(capability);
  }

  credentialHeld() {
    return credential.get() !== null;
  }

  async signIn() {
    const value = byId('credential').value;
    if (!value.trim()) {
      this.fail('Enter a credential: any simple key or bearer token.');
      return;
    }
    credential.set(byId('credential-kind').value, value);
    byId('credential').value = '';
    await this.opened();
  }

  async opened() {
    const tenant = await this.attempt(() => admin('GET', '/tenant'));
    if (!tenant) {
      credential.clear();
      return;
    }
    this.agentArn = tenant.agent_arn;
    byId('tenant-info').textContent = 'Merchant ' + tenant.merchant_id + ' · agent ' + tenant.agent_name
        + ' (' + tenant.agent_arn + ')';
    byId('forget').hidden = false;
    byId('connect').textContent = 'Switch';
    byId('need-credential').hidden = true;
    this.conversations.clear();
    this.show(this.view);
    this.live.start();
    await this.refreshAll();
  }

  signOut() {
    credential.clear();
    this.live.stop();
    this.agentArn = null;
    this.conversations.clear();
    byId('tenant-info').textContent = '';
    byId('forget').hidden = true;
    byId('connect').textContent = 'Open';
    byId('need-credential').hidden = false;
    this.show(this.view);
  }

  show(view) {
    this.view = view;
    const open = this.credentialHeld();
    for (const tab of document.querySelectorAll('.tab')) {
      tab.setAttribute('aria-pressed', String(tab.dataset.view === view));
    }
    for (const section of document.querySelectorAll('.view')) {
      section.hidden = !open || section.id !== 'view-' + view;
    }
    if (open) {
      this.refreshView();
    }
  }

  async refreshView() {
    switch (this.view) {
      case 'conversations': return this.conversations.tick();
      case 'queues': return this.queues.refresh();
      case 'faults': return this.faults.refresh();
      case 'requests': return this.requests.refresh();
      case 'clock': return this.clock.refresh();
      default: return undefined;
    }
  }

  async refreshAll() {
    if (!this.credentialHeld()) {
      return;
    }
    await this.clock.refresh();
    await this.conversations.tick();
    if (this.view !== 'conversations') {
      await this.refreshView();
    }
  }

  /** Polling while the socket is down. */
  async tick() {
    await this.refreshAll();
  }

  onFrame(frame) {
    this.conversations.onFrame(frame);
    if (frame.type === 'event' && frame.event_type === 'queue status update' && this.view === 'queues') {
      this.schedule('queues', () => this.queues.refresh());
    }
    if (this.view === 'requests') {
      this.schedule('frames', () => this.requests.render());
    }
  }

  /** Runs fn soon, once however often it is asked for meanwhile (a burst of frames is one refresh). */
  schedule(key, fn) {
    if (this.pending.has(key)) {
      return;
    }
    this.pending.set(key, setTimeout(() => {
      this.pending.delete(key);
      fn();
    }, 100));
  }

  async openConversation(uuid) {
    this.show('conversations');
    await this.conversations.open(uuid);
  }

  /** Runs a call; on failure shows the error's sentence and gives undefined. */
  async attempt(fn) {
    try {
      const value = await fn();
      return value === undefined ? null : value;
    } catch (e) {
      this.fail(e instanceof ApiError ? e.sentence : String(e && e.message ? e.message : e));
      return undefined;
    }
  }

  fail(sentence) {
    byId('error-text').textContent = sentence;
    byId('error').hidden = false;
  }

  notice(text) {
    byId('error').hidden = true;
    byId('notice').textContent = text;
  }
}

new App();
