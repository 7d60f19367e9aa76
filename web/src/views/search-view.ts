/** Search: a query with filters, hits with their snippets highlighted, and the store's counts. */

import { api } from '../api-client.js';
import { CLAIM_TYPES } from '../claim-colors.js';
import { h, markedText } from '../dom.js';
import { claimTypeLabel, formatDate, t } from '../i18n/i18n.js';
import type { View } from './view.js';

export const renderSearch: View = async (root, _arg, params) => {
  const d = t();
  const q = params.get('q') ?? '';
  const field = (name: string, label: string, value: string, type = 'text') =>
    h('label', {}, label, h('input', { type, name, value, dir: 'auto' }));
  const typeSelect = h('select', { name: 'claimType' }, h('option', { value: '' }, d.search.any), ...CLAIM_TYPES.map((ct) => h('option', { value: ct, selected: params.get('claimType') === ct }, claimTypeLabel(ct))));
  const form = h(
    'form',
    { class: 'search-form', role: 'search' },
    h('div', { class: 'search-row' }, h('input', { type: 'search', name: 'q', value: q, placeholder: d.search.placeholder, 'aria-label': d.search.submit, dir: 'auto', id: 'search-q' }), h('button', { type: 'submit' }, d.search.submit)),
    h(
      'div',
      { class: 'filters' },
      field('from', d.search.from, params.get('from') ?? '', 'date'),
      field('to', d.search.to, params.get('to') ?? '', 'date'),
      field('outlet', d.search.outlet, params.get('outlet') ?? ''),
      h('label', {}, d.search.claimType, typeSelect),
    ),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v.trim() !== '') next.set(k, v.trim());
    location.hash = `#/search?${next.toString()}`;
  });
  root.append(form);
  if (q.trim() === '') {
    const stats = await api.stats();
    root.append(h('p', { class: 'intro' }, d.search.intro), h('p', { class: 'stats', id: 'store-stats' }, d.search.stats(stats.documents, stats.entities, stats.claims)));
    return;
  }
  const { hits } = await api.search({ q, from: params.get('from'), to: params.get('to'), outlet: params.get('outlet'), claimType: params.get('claimType'), limit: 30 });
  root.append(h('p', { class: 'count' }, hits.length === 0 ? d.search.noResults : d.search.results(hits.length)));
  root.append(
    h(
      'ol',
      { class: 'hits' },
      ...hits.map((hit) =>
        h(
          'li',
          { class: 'hit', 'data-document': hit.documentId },
          h('a', { class: 'hit-title', href: `#/doc/${hit.documentId}`, dir: 'auto' }, hit.title ?? hit.url ?? hit.path ?? `#${hit.documentId}`),
          h('div', { class: 'hit-meta' }, [hit.outlet, formatDate(hit.published)].filter(Boolean).join(' · ')),
          h('p', { class: 'snippet', dir: 'auto' }, markedText(hit.snippet.text, hit.snippet.highlights)),
        ),
      ),
    ),
  );
};
