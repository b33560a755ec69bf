// The live part of the console: the realtime channel (the agent's websocket, authorized by operation 2
// and presenting its JWT as the query parameter jwt), and polling whenever that socket is down. Views
// subscribe once; they are told of every frame, and of every polling tick while the socket is down.

import {api, ApiError} from './api.js';

const POLL_MS = 3000;
const PING_MS = 60000;
const MAX_BACKOFF_MS = 30000;

export class Live {
  /**
   * @param indicator the element that says which mode the page is in
   * @param handlers {onFrame(frame), onTick(), onResync()}: a frame arrived; time to poll; the socket
   *        (re)opened and anything missed meanwhile should be read again
   */
  constructor(indicator, handlers) {
    this.indicator = indicator;
    this.handlers = handlers;
    this.socket = null;
    this.generation = 0;
    this.attempts = 0;
    this.pollTimer = null;
    this.pingTimer = null;
    this.retryTimer = null;
    this.mode = 'off';
    this.frames = [];
  }

  /** Starts (or restarts, for another credential) the channel. */
  start() {
    this.stop();
    this.connect();
  }

  /** Closes the socket and stops polling. */
  stop() {
    this.generation++;
    clearTimeout(this.retryTimer);
    clearInterval(this.pingTimer);
    this.stopPolling();
    if (this.socket) {
      const socket = this.socket;
      this.socket = null;
      socket.close(1000, 'console closed');
    }
    this.frames = [];
    this.show('off', 'Not connected');
  }

  /** Whether the websocket is open. */
  isLive() {
    return this.mode === 'websocket';
  }

  async connect() {
    const generation = this.generation;
    let auth;
    try {
      auth = (await api('PUT', '/conversation/agent/auth')).agent_auth;
    } catch (e) {
      if (generation === this.generation) {
        this.fallBack(generation, e instanceof ApiError ? e.sentence : String(e));
      }
      return;
    }
    if (generation !== this.generation) {
      return;
    }
    let url;
    try {
      url = new URL(auth.websocket_url, window.location.href);
      url.searchParams.set('jwt', auth.jwt);
    } catch (e) {
      this.fallBack(generation, 'the websocket URL of the authorization is not a URL');
      return;
    }
    let socket;
    try {
      socket = new WebSocket(url.href);
    } catch (e) {
      this.fallBack(generation, 'the websocket could not be opened');
      return;
    }
    this.socket = socket;
    socket.addEventListener('open', () => {
      if (generation !== this.generation) {
        return;
      }
      this.attempts = 0;
      this.stopPolling();
      this.show('websocket', 'Live: websocket');
      clearInterval(this.pingTimer);
      this.pingTimer = setInterval(() => this.send({type: 'ping'}), PING_MS);
      this.handlers.onResync();
    });
    socket.addEventListener('message', event => {
      if (generation !== this.generation) {
        return;
      }
      let frame;
      try {
        frame = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      this.frames.unshift({received: new Date(), frame});
      this.frames.length = Math.min(this.frames.length, 200);
      this.handlers.onFrame(frame);
    });
    socket.addEventListener('close', event => {
      if (generation !== this.generation) {
        return;
      }
      clearInterval(this.pingTimer);
      this.socket = null;
      this.fallBack(generation, event.code === 1006 || !event.code
          ? 'the websocket is not reachable' : 'the websocket closed (' + event.code + (event.reason ? ': ' + event.reason : '') + ')');
    });
  }

  send(frame) {
    if (this.socket && this.socket.readyState === WebSocket.OPEN) {
      this.socket.send(JSON.stringify(frame));
      return true;
    }
    return false;
  }

  fallBack(generation, why) {
    this.show('polling', 'Polling every ' + POLL_MS / 1000 + ' s: ' + why);
    if (!this.pollTimer) {
      this.pollTimer = setInterval(() => this.handlers.onTick(), POLL_MS);
      this.handlers.onTick();
    }
    // Back off (with jitter) before the next try, so a fake without a channel is not hammered.
    const wait = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(this.attempts++, 5)) * (0.5 + Math.random() / 2);
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      if (generation === this.generation) {
        this.connect();
      }
    }, wait);
  }

  stopPolling() {
    clearInterval(this.pollTimer);
    this.pollTimer = null;
  }

  show(mode, text) {
    this.mode = mode;
    this.indicator.textContent = text;
    this.indicator.className = 'indicator ' + mode;
    this.indicator.dataset.mode = mode;
  }
}
