/** The entity page: names and aliases, type, Wikidata id, claims grouped by type with independent sources, first and last seen. */

import { api, ApiClientError } from '../api-client.js';
import { claimCard, typeBadge } from '../claim-card.js';
import { h } from '../dom.js';
import { formatDate, t } from '../i18n/i18n.js';
import type { View } from './view.js';

export const renderEntity: View = async (root, arg) => {
  const d = t();
  const e = await api.entity(arg);
  const facts: [string, Node | string][] = [
    [d.entity.type, `${d.entityTypes[e.type] ?? e.type}${e.subtype ? ` · ${e.subtype}` : ''}`],
    [d.entity.wikidata, e.wikidata ? h('a', { href: `https://www.wikidata.org/wiki/${encodeURIComponent(e.wikidata)}`, rel: 'noopener noreferrer', target: '_blank' }, e.wikidata) : '—'],
    [d.entity.documents, String(e.documents)],
    [d.entity.mentions, String(e.mentions)],
    [d.entity.firstSeen, formatDate(e.firstSeen)],
    [d.entity.lastSeen, formatDate(e.lastSeen)],
  ];
  root.append(
    h('h1', { dir: 'auto', id: 'entity-name' }, e.name),
    h('p', { class: 'aliases', dir: 'auto' }, h('strong', {}, `${d.entity.aliases}: `), e.aliases.length > 0 ? e.aliases.join('، ') : d.none),
    h('dl', { class: 'facts' }, ...facts.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    h('p', { class: 'actions' }, h('a', { href: `#/network?entity=${e.id}`, class: 'button' }, d.entity.network), ' ', h('a', { href: `#/timeline?entity=${e.id}`, class: 'button' }, d.entity.timeline)),
    h('h2', {}, d.entity.claims),
  );
  for (const g of e.claims) {
    root.append(
      h(
        'details',
        { class: 'claim-group', open: true, 'data-type': g.type },
        h('summary', {}, typeBadge(g.type), ` ${d.entity.count(g.count)} · `, h('span', { class: 'sources' }, d.entity.sources(g.independentSources))),
        ...g.claims.map((c) => claimCard(c)),
      ),
    );
  }
  if (e.claims.length === 0) root.append(h('p', {}, d.none));
  root.append(analystForms(e.id));
};

/** Merge and split (the server refuses them without the analyst role). */
function analystForms(id: number): HTMLElement {
  const d = t();
  const status = h('p', { class: 'status', role: 'status' });
  const run = async (action: () => Promise<{ id: number }>, done: string) => {
    try {
      const r = await action();
      status.replaceChildren(`${done} → `, h('a', { href: `#/entity/${r.id}` }, `#${r.id}`));
    } catch (error) {
      status.textContent = `${d.error}: ${error instanceof ApiClientError || error instanceof Error ? error.message : String(error)}`;
    }
  };
  const mergeInput = h('input', { type: 'text', placeholder: d.entity.mergePlaceholder, dir: 'auto', required: true });
  const merge = h('form', { class: 'inline-form' }, h('label', {}, d.entity.merge, mergeInput), h('button', { type: 'submit' }, '⇢'));
  merge.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void run(() => api.merge(mergeInput.value.trim(), String(id)), d.entity.mergeDone);
  });
  const splitInput = h('input', { type: 'text', placeholder: d.entity.splitPlaceholder, dir: 'auto', required: true });
  const split = h('form', { class: 'inline-form' }, h('label', {}, d.entity.split, splitInput), h('button', { type: 'submit' }, '⇢'));
  split.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const names = splitInput.value.split(/[,،]/).map((s) => s.trim()).filter(Boolean);
    void run(() => api.split(id, names), d.entity.splitDone);
  });
  return h('details', { class: 'analyst' }, h('summary', {}, d.entity.analyst), merge, split, status);
}
