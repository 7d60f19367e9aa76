/**
 * The network: sigma.js (WebGL) over a graphology graph laid out by ForceAtlas2. Edges are
 * coloured by their main claim type and faded by modality; clicking one lists its evidence
 * sentences with their sources.
 */

import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import { api, type GraphView } from '../api-client.js';
import { claimCard, typeBadge } from '../claim-card.js';
import { CLAIM_TYPES, claimColor, ENTITY_COLORS, MODALITIES, MODALITY_ALPHA, withAlpha } from '../claim-colors.js';
import { clear, h } from '../dom.js';
import { fontsReady, UI_FONT } from '../fonts.js';
import { claimTypeLabel, t } from '../i18n/i18n.js';
import type { View } from './view.js';

/** What the browser tests reach through `window.__marsadNetwork`. */
export interface NetworkTestHook {
  edges(): string[];
  /** Viewport coordinates (CSS pixels, relative to the graph container) of an edge's middle. */
  edgeMiddle(edge: string): { x: number; y: number } | null;
  /** Runs the edge-click handler, as sigma's clickEdge does. */
  clickEdge(edge: string): Promise<void>;
}

declare global {
  interface Window {
    __marsadNetwork?: NetworkTestHook;
  }
}

/** The graphology graph of a network view, with positions from ForceAtlas2. */
function buildGraph(view: GraphView): Graph {
  const graph = new Graph({ type: 'undirected', multi: false });
  const n = view.nodes.length;
  const maxClaims = Math.max(1, ...view.nodes.map((x) => x.claims));
  view.nodes.forEach((node, i) => {
    // Start on a circle (deterministic), centre in the middle.
    const angle = (2 * Math.PI * i) / Math.max(1, n);
    graph.addNode(String(node.id), {
      label: node.name,
      x: node.center ? 0 : Math.cos(angle) * 10,
      y: node.center ? 0 : Math.sin(angle) * 10,
      size: 5 + 12 * Math.sqrt(node.claims / maxClaims),
      color: ENTITY_COLORS[node.type] ?? '#888',
      entityType: node.type,
    });
  });
  for (const e of view.edges) {
    if (!graph.hasNode(String(e.source)) || !graph.hasNode(String(e.target))) continue;
    graph.addEdgeWithKey(e.id, String(e.source), String(e.target), {
      size: 1.5 + Math.min(6, Math.log2(1 + e.independentSources) * 2),
      color: withAlpha(claimColor(e.type), MODALITY_ALPHA[e.modality] ?? 1),
      claimType: e.type,
      modality: e.modality,
      claims: e.claims,
      sources: e.independentSources,
    });
  }
  if (graph.order > 1) forceAtlas2.assign(graph, { iterations: 150, settings: { ...forceAtlas2.inferSettings(graph), gravity: 1, scalingRatio: 8 } });
  return graph;
}

function checkboxes(name: string, values: readonly string[], chosen: readonly string[], label: (v: string) => string | Node): HTMLElement {
  return h(
    'div',
    { class: 'checks' },
    ...values.map((v) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name, value: v, checked: chosen.includes(v) }), label(v))),
  );
}

export const renderNetwork: View = async (root, _arg, params) => {
  const d = t();
  const list = (k: string) => (params.get(k) ?? '').split(',').filter(Boolean);
  const entityParam = params.get('entity') ?? '';
  // 1. controls
  const suggestions = h('datalist', { id: 'entity-suggestions' });
  const entityInput = h('input', { type: 'text', name: 'entity', value: entityParam, list: 'entity-suggestions', placeholder: d.network.entityPlaceholder, dir: 'auto' });
  entityInput.addEventListener('input', () => {
    const q = entityInput.value.trim();
    if (q.length < 2) return;
    void api.entities(q, 8).then(({ entities }) => suggestions.replaceChildren(...entities.map((e) => h('option', { value: e.name }, `${e.name} (${e.documents})`))));
  });
  const form = h(
    'form',
    { class: 'graph-filters', id: 'network-filters' },
    h('label', {}, d.network.entity, entityInput, suggestions),
    h('fieldset', {}, h('legend', {}, d.network.types), checkboxes('types', CLAIM_TYPES, list('types'), (v) => typeBadge(v))),
    h('fieldset', {}, h('legend', {}, d.network.modality), checkboxes('modality', MODALITIES, list('modality'), (v) => d.modalities[v] ?? v)),
    h('label', {}, d.search.from, h('input', { type: 'date', name: 'from', value: params.get('from') ?? '' })),
    h('label', {}, d.search.to, h('input', { type: 'date', name: 'to', value: params.get('to') ?? '' })),
    h('label', {}, d.network.minSources, h('input', { type: 'number', name: 'minSources', min: 1, max: 100, value: params.get('minSources') ?? '1' })),
    h('button', { type: 'submit' }, d.network.apply),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const next = new URLSearchParams();
    const entity = String(data.get('entity') ?? '').trim();
    if (entity) next.set('entity', entity);
    for (const k of ['types', 'modality']) {
      const vs = data.getAll(k).map(String);
      if (vs.length > 0) next.set(k, vs.join(','));
    }
    for (const k of ['from', 'to']) if (data.get(k)) next.set(k, String(data.get(k)));
    if (Number(data.get('minSources')) > 1) next.set('minSources', String(data.get('minSources')));
    location.hash = `#/network?${next.toString()}`;
  });
  // 2. data
  const filters = { types: list('types'), modality: list('modality'), from: params.get('from'), to: params.get('to') };
  const view = await api.graph({ ...filters, entity: entityParam || null, minSources: params.get('minSources'), maxNodes: 60 });
  const legend = h(
    'div',
    { class: 'legend' },
    h('strong', {}, `${d.network.legend}: `),
    ...[...new Set(view.edges.map((e) => e.type))].map((ty) => h('span', { class: 'legend-item' }, h('span', { class: 'swatch', 'data-type': ty }), claimTypeLabel(ty))),
    ...MODALITIES.map((m) => h('span', { class: `legend-item legend-${m}` }, h('span', { class: `line line-${m}` }), d.modalities[m] ?? m)),
  );
  legend.querySelectorAll<HTMLElement>('.swatch').forEach((s) => (s.style.backgroundColor = claimColor(s.dataset.type ?? '')));
  const container = h('div', { class: 'graph-canvas', id: 'graph-canvas', dir: 'ltr' });
  const panel = h('aside', { class: 'detail', id: 'edge-evidence', 'aria-live': 'polite' }, h('p', { class: 'hint' }, d.network.clickEdge));
  root.append(form, legend, h('div', { class: 'graph-layout' }, container, panel));
  if (view.truncated) root.append(h('p', { class: 'hint' }, d.network.truncated));
  if (view.edges.length === 0) {
    container.append(h('p', { class: 'empty' }, d.network.empty));
    return;
  }
  // 3. render
  await fontsReady();
  const graph = buildGraph(view);
  const renderer = new Sigma(graph, container, {
    enableEdgeEvents: true,
    renderEdgeLabels: false,
    labelFont: UI_FONT,
    labelSize: 13,
    labelWeight: '400',
    labelRenderedSizeThreshold: 6,
    defaultEdgeType: 'line',
    zIndex: true,
  });
  const nodeName = (id: string) => String(graph.getNodeAttribute(id, 'label'));
  const showEdge = async (edge: string): Promise<void> => {
    const [a, b] = graph.extremities(edge);
    clear(panel);
    panel.append(h('h2', { dir: 'auto' }, `${d.network.evidence}: ${nodeName(a)} — ${nodeName(b)}`), h('p', {}, d.loading));
    const { claims } = await api.edge({ ...filters, a, b, limit: 100 });
    panel.lastElementChild?.remove();
    panel.append(h('div', { class: 'evidence-list', 'data-edge': edge }, ...claims.map((c) => claimCard(c))));
  };
  renderer.on('clickEdge', ({ edge }) => void showEdge(edge));
  renderer.on('clickNode', ({ node }) => (location.hash = `#/entity/${node}`));
  renderer.on('enterEdge', () => container.classList.add('pointer'));
  renderer.on('leaveEdge', () => container.classList.remove('pointer'));
  window.__marsadNetwork = {
    edges: () => graph.edges(),
    edgeMiddle: (edge) => {
      if (!graph.hasEdge(edge)) return null;
      const [a, b] = graph.extremities(edge).map((n) => graph.getNodeAttributes(n));
      return renderer.graphToViewport({ x: (a!.x + b!.x) / 2, y: (a!.y + b!.y) / 2 });
    },
    clickEdge: showEdge,
  };
  return () => {
    renderer.kill();
    delete window.__marsadNetwork;
  };
};
