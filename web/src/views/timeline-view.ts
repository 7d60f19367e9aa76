/** The timeline: claims per period as stacked bars by type (oldest at the reading start), the claims of a period on click. */

import { api } from '../api-client.js';
import { claimCard, typeBadge } from '../claim-card.js';
import { CLAIM_TYPES, claimColor } from '../claim-colors.js';
import { clear, h, svg } from '../dom.js';
import { formatDate, lang, t } from '../i18n/i18n.js';
import type { View } from './view.js';

export const renderTimeline: View = async (root, _arg, params) => {
  const d = t();
  const bucket = (['day', 'month', 'year'] as const).find((b) => b === params.get('bucket')) ?? 'month';
  const entity = params.get('entity');
  const types = (params.get('types') ?? '').split(',').filter(Boolean);
  const { buckets } = await api.timeline({ bucket, entity, types });
  // 1. controls: period length
  const nav = h(
    'p',
    { class: 'bucket-switch' },
    `${d.timeline.bucket}: `,
    ...(['day', 'month', 'year'] as const).map((b) => {
      const q = new URLSearchParams(params);
      q.set('bucket', b);
      return h('a', { href: `#/timeline?${q.toString()}`, class: b === bucket ? 'active' : '' }, d.timeline[b]);
    }),
  );
  root.append(nav);
  if (entity) {
    const e = await api.entity(entity);
    root.append(h('h1', { dir: 'auto' }, h('a', { href: `#/entity/${e.id}` }, e.name)));
  }
  if (buckets.length === 0) {
    root.append(h('p', {}, d.timeline.empty));
    return;
  }
  // 2. bars: one per period, stacked by type; right to left in Arabic
  const width = 960;
  const height = 300;
  const pad = 28;
  const max = Math.max(...buckets.map((b) => b.claims));
  const step = (width - 2 * pad) / buckets.length;
  const rtl = lang() === 'ar';
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height + 40}`, class: 'timeline', id: 'timeline-svg' });
  const panel = h('aside', { class: 'detail', id: 'period-claims', 'aria-live': 'polite' }, h('p', { class: 'hint' }, d.timeline.clickBar));
  const show = async (period: string): Promise<void> => {
    clear(panel);
    panel.append(h('h2', {}, `${d.timeline.claimsIn} ${formatDate(period)}`));
    const { claims, total } = await api.claims({ from: period, to: period, entity, types, limit: 100 });
    panel.append(h('p', {}, `${total}`), ...claims.map((c) => claimCard(c)));
  };
  buckets.forEach((b, i) => {
    const x = rtl ? width - pad - (i + 1) * step : pad + i * step;
    let y = height;
    const group = svg('g', { class: 'bar', 'data-period': b.period, tabindex: 0 });
    for (const type of CLAIM_TYPES) {
      const n = b.types[type] ?? 0;
      if (n === 0) continue;
      const hgt = ((height - pad) * n) / max;
      y -= hgt;
      group.append(svg('rect', { x: (x + step * 0.1).toFixed(1), y: y.toFixed(1), width: Math.max(1, step * 0.8).toFixed(1), height: hgt.toFixed(1), fill: claimColor(type) }));
    }
    const title = svg('title');
    title.textContent = `${b.period}: ${b.claims}`;
    group.append(title);
    group.addEventListener('click', () => void show(b.period));
    chart.append(group);
    if (buckets.length <= 24 || i % Math.ceil(buckets.length / 24) === 0) {
      const label = svg('text', { x: (x + step / 2).toFixed(1), y: height + 16, class: 'axis-label', 'text-anchor': 'middle' });
      label.textContent = b.period;
      chart.append(label);
    }
  });
  chart.append(svg('line', { x1: pad, x2: width - pad, y1: height, y2: height, class: 'axis' }));
  const present = CLAIM_TYPES.filter((ty) => buckets.some((b) => (b.types[ty] ?? 0) > 0));
  root.append(h('div', { class: 'legend' }, ...present.map((ty) => typeBadge(ty))), h('div', { class: 'timeline-layout' }, h('div', { class: 'chart-frame' }, chart), panel));
};
