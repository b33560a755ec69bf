// The merchant's clock (read, set, advance) and its data (demonstration data, reset with confirmation).

import {admin} from './api.js';
import {byId, fakeTime} from './dom.js';

export class Clock {
  constructor(app) {
    this.app = app;
    byId('clock-set-form').addEventListener('submit', event => { event.preventDefault(); this.set(); });
    byId('clock-advance-form').addEventListener('submit', event => { event.preventDefault(); this.advance(); });
    byId('demo-form').addEventListener('submit', event => { event.preventDefault(); this.demo(); });
    byId('reset').addEventListener('click', () => this.askReset(true));
    byId('reset-no').addEventListener('click', () => this.askReset(false));
    byId('reset-yes').addEventListener('click', () => this.reset());
  }

  async refresh() {
    const clock = await this.app.attempt(() => admin('GET', '/clock'));
    if (clock) {
      this.show(clock.now);
    }
  }

  show(now) {
    for (const id of ['clock-now', 'clock-big']) {
      byId(id).textContent = fakeTime(now);
      byId(id).dateTime = now;
    }
    // Offered once as a starting point; never rewritten under the person's hands.
    if (!this.offered) {
      this.offered = true;
      byId('clock-set').value = now;
    }
  }

  async set() {
    const clock = await this.app.attempt(() => admin('PUT', '/clock', {now: byId('clock-set').value.trim()}));
    if (clock) {
      this.show(clock.now);
      this.app.notice('The clock reads ' + fakeTime(clock.now) + '.');
    }
  }

  async advance() {
    const amount = byId('clock-advance').value.trim();
    const millis = /^\d+$/.test(amount) ? Number(amount) * Number(byId('clock-unit').value) : amount;
    const clock = await this.app.attempt(() => admin('POST', '/clock/advance', {millis}));
    if (clock) {
      this.show(clock.now);
      this.app.notice('The clock reads ' + fakeTime(clock.now) + '.');
    }
  }

  async demo() {
    const seed = byId('demo-seed').value.trim();
    const done = await this.app.attempt(() => admin('POST', '/demo-data', seed ? {seed: /^-?\d+$/.test(seed) ? Number(seed) : seed} : {}));
    if (done !== undefined) {
      this.app.notice('The demonstration data is loaded.');
      await this.app.refreshAll();
    }
  }

  askReset(show) {
    byId('reset-confirm').hidden = !show;
    byId('reset').setAttribute('aria-expanded', String(show));
    (show ? byId('reset-no') : byId('reset')).focus();
  }

  async reset() {
    byId('reset-confirm').hidden = true;
    const done = await this.app.attempt(() => admin('POST', '/reset'));
    if (done !== undefined) {
      this.app.notice('The merchant is empty.');
      await this.app.refreshAll();
    }
  }
}
