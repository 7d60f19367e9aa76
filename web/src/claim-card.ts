/** A claim as the lists show it: type, who and whom, how sure, who says so, the evidence sentence and its source. */

import type { ClaimItem } from './api-client.js';
import { claimColor } from './claim-colors.js';
import { h } from './dom.js';
import { claimTypeLabel, formatDate, lang, t } from './i18n/i18n.js';

type CardClaim = Pick<ClaimItem, 'claimId' | 'type' | 'subject' | 'object' | 'modality' | 'polarity' | 'attribution' | 'evidence' | 'documentId' | 'title' | 'outlet' | 'published'> &
  Partial<Pick<ClaimItem, 'location' | 'date'>>;

/** The link to a document with a range to highlight. */
export function documentHref(documentId: number, start?: number, end?: number): string {
  return start !== undefined && end !== undefined ? `#/doc/${documentId}?at=${start}-${end}` : `#/doc/${documentId}`;
}

/** A type badge in the type's colour. */
export function typeBadge(type: string): HTMLElement {
  const badge = h('span', { class: 'badge', 'data-type': type }, claimTypeLabel(type));
  badge.style.backgroundColor = claimColor(type);
  return badge;
}

/** One claim card. */
export function claimCard(c: CardClaim): HTMLElement {
  const d = t();
  const arrow = lang() === 'ar' ? '←' : '→';
  const roles = [c.subject ?? '—', c.object ? ` ${arrow} ${c.object}` : '', c.location ? ` @ ${c.location}` : ''].join('');
  return h(
    'article',
    { class: 'claim-card', 'data-claim': c.claimId },
    h(
      'div',
      { class: 'claim-head' },
      typeBadge(c.type),
      h('span', { class: 'roles', dir: 'auto' }, roles),
      h('span', { class: `modality modality-${c.modality}` }, d.modalities[c.modality] ?? c.modality),
      c.polarity === 'negative' ? h('span', { class: 'negated' }, d.polarity.negative ?? 'negative') : null,
    ),
    h('blockquote', { class: 'evidence', dir: 'auto' }, c.evidence.text),
    h(
      'div',
      { class: 'claim-source' },
      h('span', {}, `${d.doc.attribution}: ${d.attributionKinds[c.attribution.kind] ?? c.attribution.kind}${c.attribution.text ? ` (${c.attribution.text})` : ''}`),
      ' · ',
      h('a', { href: documentHref(c.documentId, c.evidence.start, c.evidence.end), dir: 'auto' }, c.title ?? `#${c.documentId}`),
      c.outlet ? ` · ${c.outlet}` : '',
      ` · ${formatDate(c.date ?? c.published)}`,
    ),
  );
}
