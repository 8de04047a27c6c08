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
};

export const kindColour = (kind: NodeKind) => KIND_STYLES[kind].colour;

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 12,
      'text-valign': 'center',
      'text-halign': 'right',
      'text-margin-x': 5,
      color: '#1a1a1a',
      width: 18,
      height: 18,
      'background-color': 'data(colour)',
      shape: 'data(shape)' as never,
    },
  },
  { selector: 'node.root', style: { width: 30, height: 30, 'font-weight': 'bold', 'font-size': 12 } },
  {
    selector: 'edge',
    style: {
      label: 'data(relation)',
      'font-size': 10,
      color: '#333',
      'text-rotation': 'autorotate',
      'text-background-color': '#fff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      width: 1.5,
      'line-color': '#8a8a8a',
      'target-arrow-color': '#8a8a8a',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
    },
  },
  // Citations are many and alike: drawn lighter and dotted, their label shown only when selected.
  { selector: 'edge.cites', style: { label: '', 'line-style': 'dotted', 'line-color': '#b5b5b5', 'target-arrow-color': '#b5b5b5' } },
  { selector: 'edge.cites:selected', style: { label: 'data(relation)' } },
  { selector: 'edge.unquoted', style: { 'line-style': 'dashed' } },
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

function elementsOf(graph: MandateGraph): ElementDefinition[] {
  return [
    ...graph.nodes.map((node) => ({
      group: 'nodes' as const,
      data: { id: node.key, label: node.id, colour: KIND_STYLES[node.kind].colour, shape: KIND_STYLES[node.kind].shape },
      classes: node.key === graph.root ? 'root' : '',
    })),
    ...graph.edges.map((edge) => ({
      group: 'edges' as const,
      data: { id: edge.key, source: edge.from, target: edge.to, relation: edge.relation },
      classes: [edge.relation === 'cites' ? 'cites' : '', edge.quotes.length ? '' : 'unquoted'].join(' ').trim(),
    })),
  ];
}

/** Tall enough for the most crowded column of the layout to stay readable. */
function heightFor(graph: MandateGraph): number {
  const perDepth = new Map<number, number>();
  for (const depth of graph.depth.values()) perDepth.set(depth, (perDepth.get(depth) ?? 0) + 1);
  return Math.min(1600, Math.max(420, Math.max(...perDepth.values()) * 26 + 60));
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
    const { width, height } = element.getBoundingClientRect();
    const cy = cytoscape({
      container: element,
      elements: elementsOf(graph),
      style: STYLE,
      // Breadth-first puts each step on a row; turned a quarter, each step is a column read left to right,
      // with room for the labels beside the nodes.
      layout: {
        name: 'breadthfirst',
        directed: true,
        roots: [graph.root],
        boundingBox: { x1: 0, y1: 0, w: height, h: width * 0.85 },
        transform: (_node, position) => ({ x: position.y, y: position.x }),
        padding: 16,
        animate: false,
      },
      boxSelectionEnabled: false,
      autoungrabify: true,
      selectionType: 'single',
      minZoom: 0.2,
      maxZoom: 3,
    });
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
