// Building the page's elements. Text that came from a client or a customer is only ever set as text
// (text nodes, textContent); nothing in the console parses a string as HTML.

/**
 * Creates an element: el('li', {class: 'msg', dataset: {id: 'x'}}, 'text', childNode, ...).
 * Strings among the children become text nodes; null and false children are skipped.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (key === 'class') {
      node.className = value;
    } else if (key === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2), value);
    } else if (key === 'text') {
      node.textContent = value;
    } else if (key in node && typeof value !== 'string') {
      node[key] = value;
    } else {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(node, child);
    } else if (child instanceof Node) {
      node.appendChild(child);
    } else {
      node.appendChild(document.createTextNode(String(child)));
    }
  }
}

/** Replaces a node's children. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** The element with this id; fails loudly when the page lacks it. */
export function byId(id) {
  const node = document.getElementById(id);
  if (!node) {
    throw new Error('the page has no element #' + id);
  }
  return node;
}

/** A URL that is safe to put in src or href: http(s) or this server's own path, else null. */
export function safeUrl(url) {
  if (typeof url !== 'string') {
    return null;
  }
  try {
    const parsed = new URL(url, window.location.href);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch (e) {
    return null;
  }
}

/** A date-time of the fake (UTC, e.g. 2026-11-24T05:32:16.123Z) as the fake's clock reads it. */
export function fakeTime(dts) {
  if (!dts) {
    return '';
  }
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})/.exec(dts);
  return match ? match[1] + ' ' + match[2] + ' UTC' : String(dts);
}

/** Calls fn at most once per wait (the first call at once, later ones at the end of the wait). */
export function throttle(fn, waitMs) {
  let last = 0;
  let pending = null;
  return (...args) => {
    const now = Date.now();
    if (now - last >= waitMs) {
      last = now;
      fn(...args);
    } else if (!pending) {
      pending = setTimeout(() => {
        pending = null;
        last = Date.now();
        fn(...args);
      }, waitMs - (now - last));
    }
  };
}
