/** The map: Natural Earth country boundaries (world-atlas, served by this server) drawn with d3-geo into SVG, places as points, claims on click. */

import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import worldUrl from 'world-atlas/countries-50m.json?url';
import { api, type PlaceItem } from '../api-client.js';
import { claimCard } from '../claim-card.js';
import { claimColor } from '../claim-colors.js';
import { clear, h, svg } from '../dom.js';
import { t } from '../i18n/i18n.js';
import type { View } from './view.js';

let world: Promise<GeoPermissibleObjects> | null = null;

/** The countries as GeoJSON, fetched once from this server. */
function countries(): Promise<GeoPermissibleObjects> {
  world ??= fetch(worldUrl)
    .then((r) => r.json() as Promise<Topology<{ countries: GeometryCollection }>>)
    .then((topo) => feature(topo, topo.objects.countries) as GeoPermissibleObjects);
  return world;
}

/** The most frequent claim type of a place, for its colour. */
function mainType(p: PlaceItem): string | null {
  const entries = Object.entries(p.types).sort((a, b) => b[1] - a[1]);
  return entries[0]?.[0] ?? null;
}

export const renderMap: View = async (root, _arg, params) => {
  const d = t();
  const filters = { types: (params.get('types') ?? '').split(',').filter(Boolean), from: params.get('from'), to: params.get('to') };
  const [{ places }, land] = await Promise.all([api.places({ ...filters, limit: 400 }), countries()]);
  const width = 960;
  const height = 560;
  // 1. projection fitted to the places (with a margin), or to the Middle East and North Africa
  // Fit to the middle 90% of places, so one far-away mention does not shrink the region of interest.
  const lons = places.map((p) => p.lon).sort((a, b) => a - b);
  const lats = places.map((p) => p.lat).sort((a, b) => a - b);
  const q = (xs: number[], f: number) => xs[Math.min(xs.length - 1, Math.floor(f * xs.length))]!;
  const box = places.length > 0 ? [q(lons, 0.05) - 5, q(lats, 0.05) - 4, q(lons, 0.95) + 5, q(lats, 0.95) + 4] : [-18, 10, 62, 42];
  const extent = { type: 'MultiPoint', coordinates: [[box[0], box[1]], [box[2], box[3]]] } as GeoPermissibleObjects;
  const projection = geoMercator().fitExtent([[10, 10], [width - 10, height - 10]], extent);
  const path = geoPath(projection);
  // 2. boundaries
  const map = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'map', id: 'map-svg', role: 'img', overflow: 'hidden' });
  map.setAttribute('aria-label', d.nav.map);
  const sea = svg('rect', { x: 0, y: 0, width, height, class: 'sea' });
  const shapes = svg('path', { d: path(land) ?? '', class: 'land' });
  map.append(sea, shapes);
  // 3. places, biggest first so small ones stay clickable on top
  const panel = h('aside', { class: 'detail', id: 'place-claims', 'aria-live': 'polite' }, h('p', { class: 'hint' }, d.map.clickPlace));
  const show = async (p: PlaceItem): Promise<void> => {
    clear(panel);
    panel.append(h('h2', { dir: 'auto' }, `${d.map.claimsHere}: ${p.name}`), h('p', {}, d.map.documents(p.documents)));
    if (p.claims === 0) {
      panel.append(h('p', {}, d.map.noClaims));
      return;
    }
    const { claims } = await api.claims({ ...filters, entity: String(p.id), limit: 50 });
    panel.append(...claims.map((c) => claimCard(c)));
  };
  const sorted = [...places].sort((a, b) => b.claims + b.documents / 10 - (a.claims + a.documents / 10));
  for (const p of sorted) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    const r = Math.min(18, 3 + 2.5 * Math.sqrt(p.claims + p.documents / 3));
    const type = mainType(p);
    const dot = svg('circle', { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: r.toFixed(1), class: `place${p.claims === 0 ? ' place-mentioned' : ''}`, 'data-place': p.id, tabindex: 0 });
    dot.setAttribute('fill', type ? claimColor(type) : '#5b6577');
    const title = svg('title');
    title.textContent = `${p.name} · ${p.claims} / ${p.documents}`;
    dot.append(title);
    dot.addEventListener('click', () => void show(p));
    dot.addEventListener('keydown', (e) => (e as KeyboardEvent).key === 'Enter' && void show(p));
    map.append(dot);
  }
  for (const p of sorted.slice(0, 14)) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    const label = svg('text', { x: xy[0].toFixed(1), y: (xy[1] - 9).toFixed(1), class: 'place-label', 'text-anchor': 'middle' });
    label.textContent = p.name;
    map.append(label);
  }
  root.append(h('p', { class: 'count' }, d.map.places(places.length)), h('div', { class: 'map-layout' }, h('div', { class: 'map-frame' }, map), panel));
};
