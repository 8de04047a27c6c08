import { useEffect, useRef } from 'react';
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import type { MandateGraph, NodeKind } from './mandateGraph';

export type Selection = { type: 'node' | 'edge'; key: string } | null;

const KIND_STYLES: Record<NodeKind, { colour: string; shape: string }> = {
  Resolution: { colour: '#1d4f91', shape: 'round-rectangle' },
  Group: { colour: '#0f7b6c', shape: 'hexagon' },
  Meeting: { colour: '#6b4fa0', shape: 'ellipse' },
  MeetingSeries: { colour: '#b07cc6', shape: 'round-diamond' },
  ConsultationSeries: { colour: '#d9933f', shape: 'round-diamond' },
  Action: { colour: '#5a5a5a', shape: 'round-tag' },
  Consultation: { colour: '#a34700', shape: 'barrel' },
  Unresolved: { colour: '#b00020', shape: 'round-rectangle' },
};

export const kindColour = (kind: NodeKind) => KIND_STYLES[kind].colour;

/** Text is drawn at these sizes on screen: the graph is shown at zoom 1 and scrolls instead of shrinking. */
const NODE_FONT_PX = 13;
const EDGE_FONT_PX = 12;
/** The labels' font, which the layout also measures them in. */
const FONT_FAMILY = 'Helvetica Neue, Helvetica, sans-serif';

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': NODE_FONT_PX,
      'text-valign': 'center',
      'text-halign': 'right',
      'text-margin-x': 6,
      'font-family': FONT_FAMILY,
      color: '#1a1a1a',
      'text-background-color': '#fff',
      'text-background-opacity': 0.9,
      'text-background-padding': '1px',
      width: 18,
      height: 18,
      'background-color': 'data(colour)',
      shape: 'data(shape)' as never,
    },
  },
  // The resolution's label above it, clear of the links that leave it.
  { selector: 'node.root', style: { width: 30, height: 30, 'font-weight': 'bold', 'text-valign': 'top', 'text-halign': 'center', 'text-margin-x': 0, 'text-margin-y': -4 } },
  // Named by the resolution, held by no subgraph: hollow, with a dashed outline.
  { selector: 'node.unresolved', style: { 'background-color': '#fff', 'border-width': 2, 'border-style': 'dashed', 'border-color': 'data(colour)', color: '#8a0019' } },
  {
    selector: 'edge',
    style: {
      label: 'data(relation)',
      'font-size': EDGE_FONT_PX,
      color: '#333',
      'text-rotation': 'autorotate',
      'text-background-color': '#fff',
      'text-background-opacity': 0.9,
      'text-background-padding': '2px',
      width: 1.5,
      'line-color': '#8a8a8a',
      'target-arrow-color': '#8a8a8a',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
    },
  },
  // Citations are many and alike: drawn lighter and dotted, their label shown only when selected.
  { selector: 'edge.cites', style: { 'line-style': 'dotted', 'line-color': '#b5b5b5', 'target-arrow-color': '#b5b5b5' } },
  { selector: 'edge.unquoted', style: { 'line-style': 'dashed' } },
  { selector: 'edge.to-unresolved', style: { 'line-style': 'dashed', 'line-color': '#b00020', 'target-arrow-color': '#b00020' } },
  // A label that would cover another is left off; selecting the link (or reading the table) shows it.
  { selector: 'edge.quiet', style: { label: '' } },
  { selector: 'edge.quiet:selected', style: { label: 'data(relation)' } },
  { selector: ':selected', style: { 'overlay-color': '#ffbf47', 'overlay-opacity': 0.45, 'overlay-padding': 6 } },
];

/** The id Cytoscape looks for before it injects an inline <style>, which the dashboard's CSP refuses. */
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

function claimCytoscapeStylesheet() {
  // styles.css already gives the container the `position: relative` that the injected style would.
  if (document.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  const marker = document.createElement('meta');
  marker.id = CYTOSCAPE_STYLESHEET_ID;
  document.head.append(marker);
}

/** An action's id repeats its meeting's, which the link from the meeting already shows: its paragraph is enough. */
function labelOf(node: MandateGraph['nodes'][number]): string {
  if (node.kind === 'Action') return `action ${node.id.slice(node.id.lastIndexOf('/') + 1)}`;
  return node.id;
}

function elementsOf(graph: MandateGraph): ElementDefinition[] {
  const unresolved = new Set(graph.nodes.filter((node) => node.kind === 'Unresolved').map((node) => node.key));
  return [
    ...graph.nodes.map((node) => ({
      group: 'nodes' as const,
      data: { id: node.key, label: labelOf(node), colour: KIND_STYLES[node.kind].colour, shape: KIND_STYLES[node.kind].shape },
      classes: [node.key === graph.root ? 'root' : '', node.kind === 'Unresolved' ? 'unresolved' : ''].join(' ').trim(),
    })),
    ...graph.edges.map((edge) => ({
      group: 'edges' as const,
      data: { id: edge.key, source: edge.from, target: edge.to, relation: edge.relation },
      classes: [
        edge.relation === 'cites' ? 'cites quiet' : '',
        edge.quotes.length ? '' : 'unquoted',
        unresolved.has(edge.to) ? 'to-unresolved' : '',
      ].join(' ').trim(),
    })),
  ];
}

/** Vertical room per node of the most crowded column; the gap a column's links cross to the next. */
const ROW_PX = 34;
const LINK_GAP_PX = 70;
const ROOT_FAN_PX = 170;
const PADDING_PX = 24;
const LABEL_FONT = `${NODE_FONT_PX}px ${FONT_FAMILY}`;

/** The width a node's label takes on screen, measured with the font Cytoscape draws it in. */
function labelWidth(text: string): number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return text.length * NODE_FONT_PX * 0.6;
  context.font = LABEL_FONT;
  return context.measureText(text).width;
}

/**
 * Each node's place: a column per step from the resolution, read left to right, each as wide as its
 * longest label; within a column, nodes in the order of the nodes that lead to them (so that links cross
 * as little as they can), each column centred on the tallest.
 */
function positionsOf(graph: MandateGraph, labels: Map<string, string>): Map<string, { x: number; y: number }> {
  const columns = new Map<number, string[]>();
  for (const node of graph.nodes) {
    const depth = graph.depth.get(node.key) ?? 1;
    columns.set(depth, [...(columns.get(depth) ?? []), node.key]);
  }
  const row = new Map<string, number>();
  const predecessors = new Map<string, string[]>();
  for (const edge of graph.edges) predecessors.set(edge.to, [...(predecessors.get(edge.to) ?? []), edge.from]);
  const tallest = Math.max(...[...columns.values()].map((keys) => keys.length));
  const positions = new Map<string, { x: number; y: number }>();
  // The resolution's label is centred above it: its column needs half that label on either side.
  let x = PADDING_PX + labelWidth(labels.get(graph.root) ?? '') / 2;
  for (const depth of [...columns.keys()].sort((a, b) => a - b)) {
    const weight = (key: string) => {
      const rows = (predecessors.get(key) ?? []).map((from) => row.get(from)).filter((value): value is number => value !== undefined);
      return rows.length ? rows.reduce((sum, value) => sum + value, 0) / rows.length : Number.POSITIVE_INFINITY;
    };
    const keys = columns.get(depth)!;
    const ordered = keys.map((key, order) => ({ key, order, weight: weight(key) })).sort((a, b) => a.weight - b.weight || a.order - b.order);
    const offset = ((tallest - ordered.length) * ROW_PX) / 2;
    ordered.forEach(({ key }, index) => {
      row.set(key, offset / ROW_PX + index);
      positions.set(key, { x, y: PADDING_PX + offset + index * ROW_PX });
    });
    // A label starts beside its node; the resolution's fan of links needs room for theirs ("is the basis for").
    x += depth === 0 ? ROOT_FAN_PX : Math.max(...keys.map((key) => labelWidth(labels.get(key) ?? ''))) + 20 + LINK_GAP_PX;
  }
  return positions;
}

/** Tall enough for the most crowded column at zoom 1. */
function heightFor(graph: MandateGraph): number {
  const perDepth = new Map<number, number>();
  for (const depth of graph.depth.values()) perDepth.set(depth, (perDepth.get(depth) ?? 0) + 1);
  return Math.max(420, Math.max(...perDepth.values()) * ROW_PX + 2 * PADDING_PX);
}

type Box = { x1: number; y1: number; x2: number; y2: number };
const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Leaves off each link label that would cover a node, a node's label or a label already drawn, taking the
 * links in reading order (the resolution's own links first): what is drawn can be read.
 */
function quietCollidingLabels(cy: Core) {
  const taken: Box[] = cy.nodes().map((node) => node.boundingBox({ includeLabels: true }));
  cy.edges(':not(.quiet)').forEach((edge) => {
    const box = edge.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false } as never);
    if (!(box.w > 0) || taken.some((other) => overlaps(box, other))) edge.addClass('quiet');
    else taken.push(box);
  });
}

/**
 * The graph drawn by Cytoscape: the resolution on the left, what it reaches to the right, a column a step. Tapping a node or a link
 * selects it; `selection` from outside (the table of links) is shown as selected here too.
 */
export function MandateGraphCanvas({ graph, selection, onSelect }: { graph: MandateGraph; selection: Selection; onSelect(selection: Selection): void }) {
  const container = useRef<HTMLDivElement>(null);
  const instance = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  useEffect(() => {
    if (!container.current) return;
    claimCytoscapeStylesheet();
    const element = container.current;
    element.dataset.state = 'drawing';
    const positions = positionsOf(graph, new Map(graph.nodes.map((node) => [node.key, labelOf(node)])));
    const cy = cytoscape({
      container: element,
      elements: elementsOf(graph),
      style: STYLE,
      // Drawn at zoom 1, so text keeps its stated size; a graph wider than the panel is panned, never shrunk.
      layout: { name: 'preset', positions: (node: { id(): string }) => positions.get(node.id()) ?? { x: 0, y: 0 }, fit: false, animate: false } as never,
      zoom: 1,
      pan: { x: 0, y: 0 },
      boxSelectionEnabled: false,
      autoungrabify: true,
      selectionType: 'single',
      minZoom: 0.2,
      maxZoom: 3,
    });
    quietCollidingLabels(cy);
    cy.on('tap', 'node', (event) => onSelectRef.current({ type: 'node', key: event.target.id() }));
    cy.on('tap', 'edge', (event) => onSelectRef.current({ type: 'edge', key: event.target.id() }));
    cy.on('tap', (event) => {
      if (event.target === cy) onSelectRef.current(null);
    });
    cy.ready(() => {
      element.dataset.state = 'ready';
    });
    instance.current = cy;
    return () => {
      instance.current = null;
      cy.destroy();
    };
  }, [graph]);

  useEffect(() => {
    const cy = instance.current;
    if (!cy) return;
    cy.elements().unselect();
    if (selection) cy.getElementById(selection.key).select();
  }, [selection, graph]);

  return (
    <div
      ref={container}
      className="graph-canvas"
      style={{ height: `${heightFor(graph)}px` }}
      role="img"
      aria-label={`Graph of ${graph.nodes.length} nodes and ${graph.edges.length} links; the table “Links and where they were read” below lists the same links.`}
      data-nodes={graph.nodes.length}
      data-edges={graph.edges.length}
    />
  );
}
