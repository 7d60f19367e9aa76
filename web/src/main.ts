/** The web app: Arabic first, right to left; a hash router over six views; data only through the API. */

import './fonts.js';
import './styles.css';
import { setToken, setUnauthorizedHandler } from './api-client.js';
import { clear, h } from './dom.js';
import { renderDownloads } from './downloads.js';
import { applyLang, lang, setLang, t } from './i18n/i18n.js';
import { renderDocument } from './views/document-view.js';
import { renderEntity } from './views/entity-view.js';
import { renderMap } from './views/map-view.js';
import { renderNetwork } from './views/network-view.js';
import { renderSearch } from './views/search-view.js';
import { renderTimeline } from './views/timeline-view.js';
import type { View } from './views/view.js';

/** Routes: `#/search`, `#/doc/ID`, `#/entity/ID`, `#/network`, `#/map`, `#/timeline`; each takes a query after `?`. */
const ROUTES: Record<string, View> = {
  search: renderSearch,
  doc: renderDocument,
  entity: renderEntity,
  network: renderNetwork,
  map: renderMap,
  timeline: renderTimeline,
};

let cleanup: (() => void) | void = undefined;
let renderId = 0;

/** Parses the hash: `#/entity/12?x=1` → name `entity`, arg `12`, params `x=1`. */
function parseHash(): { name: string; arg: string; params: URLSearchParams } {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = hash.split('?', 2) as [string, string?];
  const [name = 'search', ...rest] = path.split('/');
  return { name: ROUTES[name] ? name : 'search', arg: decodeURIComponent(rest.join('/')), params: new URLSearchParams(query) };
}

function renderHeader(active: string): void {
  const d = t();
  const top = document.getElementById('top')!;
  clear(top);
  const links = (['search', 'network', 'map', 'timeline'] as const).map((name) =>
    h('a', { href: `#/${name}`, class: name === active ? 'active' : '', 'data-nav': name }, d.nav[name]),
  );
  top.append(
    h('a', { href: '#/search', class: 'brand' }, h('span', { class: 'brand-name' }, d.appName), h('span', { class: 'tagline' }, d.tagline)),
    h('nav', {}, ...links),
    h('button', { type: 'button', class: 'lang-switch', id: 'lang-switch', onclick: () => { setLang(lang() === 'ar' ? 'en' : 'ar'); void route(); } }, d.switchLanguage),
  );
}

/** Shows the token form when the API answers 401. */
function askToken(): void {
  if (document.getElementById('token-form')) return;
  const d = t();
  const input = h('input', { type: 'password', name: 'token', autocomplete: 'off', 'aria-label': d.token.title });
  const form = h(
    'form',
    { id: 'token-form', class: 'token-form' },
    h('p', {}, d.token.prompt),
    input,
    h('button', { type: 'submit' }, d.token.save),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    setToken(input.value.trim() || null);
    form.remove();
    void route();
  });
  document.getElementById('top')!.after(form);
}

/** Renders the view of the current hash. */
async function route(): Promise<void> {
  const id = ++renderId;
  if (typeof cleanup === 'function') cleanup();
  cleanup = undefined;
  applyLang();
  const { name, arg, params } = parseHash();
  renderHeader(name);
  void renderDownloads(document.getElementById('downloads')!);
  const main = document.getElementById('view')!;
  clear(main);
  main.dataset.view = name;
  main.append(h('p', { class: 'loading' }, t().loading));
  try {
    const result = await ROUTES[name]!(main, arg, params);
    if (id !== renderId) {
      if (typeof result === 'function') result();
      return;
    }
    cleanup = result;
    main.querySelector('.loading')?.remove();
  } catch (error) {
    if (id !== renderId) return;
    main.querySelector('.loading')?.remove();
    main.append(h('p', { class: 'error', role: 'alert' }, `${t().error}: ${error instanceof Error ? error.message : String(error)}`));
  }
  document.body.dataset.ready = name;
}

setUnauthorizedHandler(askToken);
window.addEventListener('hashchange', () => void route());
void route();
