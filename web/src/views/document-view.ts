/**
 * The reader: the article's text with entities and claims highlighted in place from their spans
 * (text nodes only: the article is never parsed as HTML), and the repairs and messages on demand.
 */

import { api, type ApiDocument } from '../api-client.js';
import { typeBadge } from '../claim-card.js';
import { claimColor, withAlpha } from '../claim-colors.js';
import { clear, h } from '../dom.js';
import { formatDate, t } from '../i18n/i18n.js';
import { segmentText, type Layer } from '../text-segments.js';
import type { View } from './view.js';

type Analysis = ApiDocument['analysis'];

/** The layers of the body: mentions, claim evidence, and messages with a span (title spans index the title, not the body). */
function layersOf(a: Analysis): Layer[] {
  const layers: Layer[] = [];
  const inBody = (s: { field?: string }): boolean => s.field === undefined || s.field === null;
  for (const e of a.entities) for (const m of e.mentions.filter(inBody)) layers.push({ kind: 'mention', start: m.start, end: m.end, ref: e.id, classes: ['mention', `mention-${e.type}`] });
  for (const c of a.claims.filter((c) => inBody(c.evidence))) layers.push({ kind: 'claim', start: c.evidence.start, end: c.evidence.end, ref: c.id, classes: ['claim', `claim-${c.type}`] });
  a.messages.forEach((m, i) => {
    if (m.start !== undefined && m.end !== undefined) layers.push({ kind: 'message', start: m.start, end: Math.max(m.end, m.start + 1), ref: String(i), classes: ['message', `message-${m.severity}`] });
  });
  return layers;
}

/** The article text as runs of text nodes inside spans that carry the layer classes. */
function articleBody(doc: ApiDocument, at: { start: number; end: number } | null, onPick: (layers: Layer[]) => void): HTMLElement {
  const text = doc.analysis.article.text;
  const layers = layersOf(doc.analysis);
  if (at) layers.push({ kind: 'claim', start: at.start, end: at.end, ref: 'target', classes: ['target'] });
  const body = h('div', { class: 'article-text', id: 'article-text', dir: 'auto', lang: doc.analysis.article.language ?? 'ar' });
  for (const seg of segmentText(text.length, layers)) {
    const chunk = text.slice(seg.start, seg.end);
    if (seg.layers.length === 0) {
      body.append(document.createTextNode(chunk));
      continue;
    }
    const classes = [...new Set(seg.layers.flatMap((l) => l.classes))];
    const span = h('span', { class: classes.join(' '), 'data-start': seg.start }, chunk);
    const claim = seg.layers.find((l) => l.kind === 'claim' && l.ref !== 'target');
    if (claim) {
      const type = doc.analysis.claims.find((c) => c.id === claim.ref)?.type ?? '';
      span.style.textDecorationColor = claimColor(type);
      span.style.backgroundColor = withAlpha(claimColor(type), 0.08);
    }
    span.addEventListener('click', () => onPick(seg.layers));
    body.append(span);
  }
  return body;
}

export const renderDocument: View = async (root, arg) => {
  const d = t();
  const id = Number(arg);
  const params = new URLSearchParams(location.hash.split('?')[1] ?? '');
  const atMatch = /^(\d+)-(\d+)$/.exec(params.get('at') ?? '');
  const at = atMatch ? { start: Number(atMatch[1]), end: Number(atMatch[2]) } : null;
  const doc = await api.document(id);
  const a = doc.analysis;
  const entityById = new Map(a.entities.map((e) => [e.id, e]));
  const detail = h('aside', { class: 'detail', id: 'doc-detail', 'aria-live': 'polite' }, h('p', { class: 'hint' }, d.doc.clickHint));
  const showLayers = (layers: Layer[]): void => {
    clear(detail);
    for (const l of layers) {
      if (l.kind === 'mention') {
        const e = entityById.get(l.ref);
        if (e) detail.append(h('p', {}, h('a', { href: `#/entity/${doc.entityIds[e.id] ?? encodeURIComponent(e.name)}`, dir: 'auto' }, e.name), ` (${d.entityTypes[e.type] ?? e.type})`));
      } else if (l.kind === 'claim' && l.ref !== 'target') {
        const c = a.claims.find((x) => x.id === l.ref);
        if (c) detail.append(claimDetail(doc, c));
      } else if (l.kind === 'message') {
        const m = a.messages[Number(l.ref)];
        if (m) detail.append(h('p', { class: `message-line message-${m.severity}` }, `${d.severity[m.severity] ?? m.severity} · ${m.rule}: ${m.message}`));
      }
    }
  };
  // header
  const url = doc.url && /^https?:\/\//i.test(doc.url) ? doc.url : null;
  root.append(
    h(
      'header',
      { class: 'doc-head' },
      h('h1', { dir: 'auto', id: 'doc-title' }, doc.title ?? a.article.title ?? `#${doc.id}`),
      h(
        'p',
        { class: 'doc-meta' },
        [doc.outlet ?? a.article.site, formatDate(doc.published)].filter(Boolean).join(' · '),
        doc.creditedOutlet ? ` · ${d.doc.credited}: ${doc.creditedOutlet}` : '',
        url ? ' · ' : '',
        url ? h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, d.doc.open) : null,
        doc.originalId ? ' · ' : '',
        doc.originalId ? h('a', { href: `#/doc/${doc.originalId}` }, `${d.doc.duplicateOf} #${doc.originalId}`) : null,
      ),
    ),
  );
  // toggles
  const reader = h('div', { class: 'reader show-mentions show-claims' });
  const toggle = (cls: string, label: string, on: boolean, id: string) => {
    const box = h('input', { type: 'checkbox', checked: on, id });
    box.addEventListener('change', () => reader.classList.toggle(cls, box.checked));
    return h('label', { class: 'toggle' }, box, label);
  };
  root.append(
    h(
      'div',
      { class: 'toggles' },
      toggle('show-mentions', d.doc.showEntities, true, 'toggle-mentions'),
      toggle('show-claims', d.doc.showClaims, true, 'toggle-claims'),
      toggle('show-messages', d.doc.showMessages, false, 'toggle-messages'),
    ),
  );
  // body and side lists
  reader.append(articleBody(doc, at, showLayers), h('div', { class: 'side' }, detail, sideLists(doc)));
  root.append(reader);
  if (at) document.querySelector('.target')?.scrollIntoView({ block: 'center' });
};

/** A claim of this document: roles by name, modality, attribution, time, confidence. */
function claimDetail(doc: ApiDocument, c: Analysis['claims'][number]): HTMLElement {
  const d = t();
  const name = (local: string | null) => (local ? (doc.analysis.entities.find((e) => e.id === local)?.name ?? local) : '—');
  return h(
    'div',
    { class: 'claim-detail' },
    h('div', { class: 'claim-head' }, typeBadge(c.type), h('span', { class: `modality modality-${c.modality}` }, d.modalities[c.modality] ?? c.modality), c.polarity === 'negative' ? h('span', { class: 'negated' }, d.polarity.negative ?? '') : null),
    h('dl', {}, h('dt', {}, d.doc.subject), h('dd', { dir: 'auto' }, name(c.subject)), h('dt', {}, d.doc.object), h('dd', { dir: 'auto' }, name(c.object)), c.location ? h('dt', {}, d.doc.location) : null, c.location ? h('dd', { dir: 'auto' }, name(c.location)) : null,
      h('dt', {}, d.doc.attribution), h('dd', { dir: 'auto' }, `${d.attributionKinds[c.attribution.kind] ?? c.attribution.kind}${c.attribution.text ? ` (${c.attribution.text})` : ''}`),
      c.time ? h('dt', {}, d.doc.time) : null, c.time ? h('dd', { dir: 'auto' }, `${c.time.text} → ${formatDate(c.time.start)}`) : null,
      h('dt', {}, d.doc.confidence), h('dd', {}, c.confidence.toFixed(2))),
  );
}

/** Entities, claims and messages of the document, as lists beside the text. */
function sideLists(doc: ApiDocument): HTMLElement {
  const d = t();
  const a = doc.analysis;
  const jump = (start: number) => () => document.querySelector(`#article-text [data-start="${start}"]`)?.scrollIntoView({ block: 'center' });
  const named = a.entities.filter((e) => e.mentions.length > 0);
  return h(
    'div',
    { class: 'lists' },
    h('h2', {}, `${d.doc.entities} (${named.length})`),
    h('ul', { class: 'entity-list' }, ...named.map((e) => h('li', {}, h('span', { class: `dot mention-${e.type}` }), h('a', { href: `#/entity/${doc.entityIds[e.id] ?? encodeURIComponent(e.name)}`, dir: 'auto' }, e.name), ` · ${d.entityTypes[e.type] ?? e.type} · ${e.mentions.length}`))),
    h('h2', {}, `${d.doc.claims} (${a.claims.length})`),
    h('ul', { class: 'claim-list' }, ...a.claims.map((c) => h('li', {}, typeBadge(c.type), ' ', h('button', { type: 'button', class: 'link', onclick: jump(c.evidence.start) }, c.evidence.text.slice(0, 80))))),
    h(
      'section',
      { class: 'messages', id: 'doc-messages' },
      h('h2', {}, `${d.doc.messages} (${a.messages.length})`),
      h(
        'ul',
        {},
        ...a.messages.map((m) =>
          h(
            'li',
            { class: `message-line message-${m.severity}` },
            h('code', {}, m.rule),
            ` ${m.message}`,
            m.before !== undefined || m.after !== undefined ? h('span', { class: 'repair', dir: 'auto' }, ` «${m.before ?? ''}» → «${m.after ?? ''}»`) : null,
            m.start !== undefined ? h('button', { type: 'button', class: 'link', onclick: jump(m.start) }, '↧') : null,
          ),
        ),
      ),
    ),
  );
}
