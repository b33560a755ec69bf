// The webchat context of one conversation, as the agent sees it (operation 4), and its editing through
// the control plane: current URL, UTM data, page views, and the cart's items, coupons and totals. Fields
// the form does not show are kept as they were.

import {admin, api, segment} from './api.js';
import {byId, el, fill} from './dom.js';

const UTM = ['source', 'medium', 'campaign', 'term', 'content'];

export class ContextEditor {
  constructor(app, selected) {
    this.app = app;
    this.selected = selected;
    this.loadedFor = null;
    this.original = {};
    this.dirty = false;
    byId('context-form').addEventListener('submit', event => { event.preventDefault(); this.save(); });
    byId('context-form').addEventListener('input', () => { this.dirty = true; });
    byId('ctx-add-page').addEventListener('click', () => { byId('ctx-pages').appendChild(this.pageRow({})); this.dirty = true; });
    byId('ctx-add-item').addEventListener('click', () => { byId('ctx-items').appendChild(this.itemRow({})); this.dirty = true; });
  }

  /** Reads the context of the selected conversation, unless it is already shown (edits are kept). */
  async load(force) {
    const uuid = this.selected();
    if (!force && uuid === this.loadedFor) {
      return;
    }
    const context = await this.app.attempt(() => api('PUT', '/conversation/conversations/' + segment(uuid) + '/context'));
    if (!context || uuid !== this.selected()) {
      return;
    }
    this.loadedFor = uuid;
    this.original = context;
    this.dirty = false;
    this.show(context);
  }

  show(context) {
    const utm = context.session_utm || {};
    const cart = context.cart || {};
    byId('ctx-url').value = context.current_url || '';
    for (const name of UTM) {
      byId('ctx-utm-' + name).value = utm['utm_' + name] || '';
    }
    fill(byId('ctx-pages'), (context.page_view || []).map(view => this.pageRow(view)));
    fill(byId('ctx-items'), (cart.items || []).map(item => this.itemRow(item)));
    byId('ctx-currency').value = cart.currency_code || '';
    byId('ctx-coupons').value = (cart.coupons || []).map(c => c.coupon_code).filter(Boolean).join(', ');
    const summary = cart.summary || {};
    byId('ctx-subtotal').value = amount(summary.subtotal);
    byId('ctx-total').value = amount(summary.total);
  }

  pageRow(view) {
    const n = uniqueId();
    const row = el('li', {class: 'row'},
        el('label', {for: 'pv-url-' + n}, 'URL'), el('input', {id: 'pv-url-' + n, class: 'pv-url', value: view.url || ''}),
        el('label', {for: 'pv-title-' + n}, 'Title'), el('input', {id: 'pv-title-' + n, class: 'pv-title', value: view.title || ''}),
        el('button', {type: 'button', onclick: () => { row.remove(); this.dirty = true; }}, 'Remove'));
    row.keep = view;
    return row;
  }

  itemRow(item) {
    const n = uniqueId();
    const row = el('li', {class: 'row'},
        el('label', {for: 'it-id-' + n}, 'Item'), el('input', {id: 'it-id-' + n, class: 'it-id', value: item.item_id || ''}),
        el('label', {for: 'it-desc-' + n}, 'Description'), el('input', {id: 'it-desc-' + n, class: 'it-desc', value: item.description || ''}),
        el('label', {for: 'it-qty-' + n}, 'Quantity'),
        el('input', {id: 'it-qty-' + n, class: 'it-qty', inputmode: 'decimal', size: 4, value: item.quantity ?? 1}),
        el('label', {for: 'it-cost-' + n}, 'Unit cost'),
        el('input', {id: 'it-cost-' + n, class: 'it-cost', inputmode: 'decimal', size: 8, value: amount(item.unit_cost)}),
        el('button', {type: 'button', onclick: () => { row.remove(); this.dirty = true; }}, 'Remove'));
    row.keep = item;
    return row;
  }

  async save() {
    const uuid = this.selected();
    let context;
    try {
      context = this.read();
    } catch (e) {
      this.app.fail(e.message);
      return;
    }
    const done = await this.app.attempt(() => admin('PUT', '/conversations/' + segment(uuid) + '/context', context));
    if (done !== undefined) {
      this.app.notice('The webchat context is saved.');
      await this.load(true);
    }
  }

  read() {
    const context = structuredClone(this.original || {});
    setOrDelete(context, 'current_url', byId('ctx-url').value.trim());
    const utm = Object.assign({}, context.session_utm);
    for (const name of UTM) {
      setOrDelete(utm, 'utm_' + name, byId('ctx-utm-' + name).value.trim());
    }
    setOrDelete(context, 'session_utm', Object.keys(utm).length ? utm : '');
    context.page_view = [...byId('ctx-pages').children].map(row => {
      const view = Object.assign({}, row.keep);
      setOrDelete(view, 'url', row.querySelector('.pv-url').value.trim());
      setOrDelete(view, 'title', row.querySelector('.pv-title').value.trim());
      return view;
    });
    const cart = Object.assign({}, context.cart);
    const currency = byId('ctx-currency').value.trim().toUpperCase();
    setOrDelete(cart, 'currency_code', currency);
    cart.items = [...byId('ctx-items').children].map(row => {
      const item = Object.assign({}, row.keep);
      setOrDelete(item, 'item_id', row.querySelector('.it-id').value.trim());
      setOrDelete(item, 'description', row.querySelector('.it-desc').value.trim());
      item.quantity = number(row.querySelector('.it-qty').value, 'quantity');
      setMoney(item, 'unit_cost', row.querySelector('.it-cost').value, currency);
      return item;
    });
    cart.coupons = byId('ctx-coupons').value.split(',').map(code => code.trim()).filter(Boolean)
        .map(code => ({coupon_code: code}));
    const summary = Object.assign({}, cart.summary);
    setMoney(summary, 'subtotal', byId('ctx-subtotal').value, currency);
    setMoney(summary, 'total', byId('ctx-total').value, currency);
    setOrDelete(cart, 'summary', Object.keys(summary).length ? summary : '');
    context.cart = cart;
    return context;
  }
}

let ids = 0;
function uniqueId() {
  return ++ids;
}

function amount(money) {
  return money && money.value !== undefined && money.value !== null ? String(money.value) : '';
}

function number(text, what) {
  const value = Number(String(text).trim());
  if (String(text).trim() === '' || !Number.isFinite(value)) {
    throw new Error('The ' + what + ' must be a number but was "' + text + '".');
  }
  return value;
}

function setMoney(target, key, text, currency) {
  if (String(text).trim() === '') {
    delete target[key];
    return;
  }
  const money = Object.assign({}, target[key]);
  money.value = number(text, key.replace('_', ' '));
  delete money.localized;
  delete money.localized_formatted;
  if (currency) {
    money.currency_code = currency;
  }
  target[key] = money;
}

function setOrDelete(target, key, value) {
  if (value === '' || value === null || value === undefined) {
    delete target[key];
  } else {
    target[key] = value;
  }
}
