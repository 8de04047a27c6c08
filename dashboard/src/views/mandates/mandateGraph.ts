import type {
  DashboardActionFragment, DashboardConsultationFragment, DashboardMandateGraphQuery, DashboardMeetingFragment,
  DashboardMeetingSummaryFragment, DashboardQuoteFragment, Language,
} from '../../../generated/graphql/graphql';
import { RELATION_LABELS } from '../../labels';

type ResolutionTrace = NonNullable<DashboardMandateGraphQuery['resolution']>;
type Activity = NonNullable<ResolutionTrace['mandates'][number]['activity']>;

/** `Unresolved`: an activity a resolution names that the graph holds nothing more of (or whose subgraph did not answer). */
export type NodeKind = 'Resolution' | 'Group' | 'Meeting' | 'MeetingSeries' | 'ConsultationSeries' | 'Action' | 'Consultation' | 'Unresolved';

export const NODE_KIND_LABELS: Record<NodeKind, string> = {
  Resolution: 'Resolution',
  Group: 'Group',
  Meeting: 'Meeting',
  MeetingSeries: 'Meeting series',
  ConsultationSeries: 'Consultation series',
  Action: 'Action',
  Consultation: 'Consultation',
  Unresolved: 'Not in the graph',
};

/** Where a link was read: a document, a paragraph and the words themselves. */
export interface Quote {
  documentId: string | null;
  language: Language | null;
  paragraph: string | null;
  quote: string;
  curated: boolean;
}

export interface GraphNode {
  /** Unique across kinds: `Kind:id`. */
  key: string;
  id: string;
  kind: NodeKind;
  /** A title, name or topic, in the language of its document. */
  description: string | null;
  language: Language | null;
  source: Quote | null;
}

export interface GraphEdge {
  key: string;
  from: string;
  to: string;
  relation: string;
  /** Every passage that states this link (a resolution can instruct a group in several clauses). */
  quotes: Quote[];
}

export interface MandateGraph {
  root: string;
  nodes: GraphNode[];
  /** Links in reading order: from the resolution outwards (by the depth of their origin). */
  edges: GraphEdge[];
  /** Steps from the resolution, following links forwards; what only points at it is one step away. */
  depth: Map<string, number>;
  citedBy: { id: string; title: string | null }[];
  /** How many mandates name an activity the graph could not give (drawn, with their passage, as `Unresolved`). */
  unresolved: number;
}

export const nodeKey = (kind: NodeKind, id: string) => `${kind}:${id}`;

const quoteOf = (source: DashboardQuoteFragment | null | undefined): Quote | null =>
  source
    ? { documentId: source.document?.id ?? null, language: source.document?.language ?? null, paragraph: source.paragraph, quote: source.quote, curated: source.curated }
    : null;

const hasDetails = (meeting: DashboardMeetingSummaryFragment): meeting is DashboardMeetingFragment => 'actions' in meeting;

/**
 * Turns the explorer's answer into nodes and links: the resolution → what it mandates (groups, series,
 * meetings, consultations, actions) → their meetings → the actions they assign and the consultations they
 * launch or review; and the resolutions it cites, the actions that refer to it and the consultations held
 * under it. Each link keeps the passages it was read from.
 */
export function buildMandateGraph(resolution: ResolutionTrace): MandateGraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();

  const addNode = (kind: NodeKind, id: string, description: string | null, source: Quote | null): string => {
    const key = nodeKey(kind, id);
    const known = nodes.get(key);
    if (!known) nodes.set(key, { key, id, kind, description, language: source?.language ?? null, source });
    else if (!known.source && source) nodes.set(key, { ...known, source, language: source.language });
    return key;
  };
  const addEdge = (from: string, relation: string, to: string, quotes: (Quote | null)[]) => {
    const key = `${from}|${relation}|${to}`;
    const edge = edges.get(key) ?? { key, from, to, relation, quotes: [] };
    for (const quote of quotes) {
      if (quote && !edge.quotes.some((known) => known.quote === quote.quote && known.paragraph === quote.paragraph)) edge.quotes.push(quote);
    }
    edges.set(key, edge);
  };

  const addAction = (action: DashboardActionFragment) => addNode('Action', action.id, action.text, quoteOf(action.source));
  const addConsultation = (consultation: DashboardConsultationFragment) =>
    addNode('Consultation', consultation.id, consultation.topic, quoteOf(consultation.source));
  const addMeeting = (meeting: DashboardMeetingSummaryFragment): string => {
    const key = addNode('Meeting', meeting.id, meeting.startDate ? `${meeting.kind === 'OPEN_CONSULTATION_MEETING' ? 'Open consultation meeting' : 'Meeting'} of ${meeting.startDate}` : null, quoteOf(meeting.meetingSource));
    if (hasDetails(meeting)) {
      for (const action of meeting.actions) addEdge(key, 'assigns', addAction(action), [quoteOf(action.source)]);
      for (const consultation of meeting.consultationsLaunched ?? []) addEdge(key, 'launched', addConsultation(consultation), [quoteOf(consultation.source)]);
      for (const consultation of meeting.consultationsReviewed ?? []) addEdge(key, 'reviewed', addConsultation(consultation), [quoteOf(consultation.source)]);
    }
    return key;
  };
  const addActivity = (activity: Activity): string => {
    switch (activity.__typename) {
      case 'Group': {
        const key = addNode('Group', activity.id, activity.name, null);
        for (const meeting of activity.meetings) addEdge(key, 'holds', addMeeting(meeting), [quoteOf(meeting.meetingSource)]);
        return key;
      }
      case 'MeetingSeries': {
        const key = addNode('MeetingSeries', activity.id, activity.kind === 'OPEN_CONSULTATION_MEETING' ? 'Its open-consultation meetings' : null, null);
        for (const meeting of activity.meetings) addEdge(key, 'includes', addMeeting(meeting), [quoteOf(meeting.meetingSource)]);
        return key;
      }
      case 'ConsultationSeries': {
        const key = addNode('ConsultationSeries', activity.id, 'Its open consultations', null);
        for (const consultation of activity.consultations) addEdge(key, 'includes', addConsultation(consultation), [quoteOf(consultation.source)]);
        return key;
      }
      case 'Meeting':
        return addMeeting(activity);
      case 'Consultation':
        return addConsultation(activity);
      case 'Action':
        return addAction(activity);
    }
  };

  const root = addNode('Resolution', resolution.id, resolution.title, null);
  let unresolved = 0;
  for (const mandate of resolution.mandates) {
    const quote = quoteOf(mandate.source);
    // The resolution names an activity that no subgraph gave: kept, with the clause that names it.
    const target = mandate.activity
      ? addActivity(mandate.activity)
      : addNode('Unresolved', mandate.activityId, `${mandate.activityType} ${mandate.activityId}, named by ${resolution.id}; the graph holds nothing more of it.`, quote);
    if (!mandate.activity) unresolved++;
    addEdge(root, RELATION_LABELS[mandate.relation], target, [quote]);
  }

  // A citation's provenance is where the resolution's own document names the other one.
  const document = resolution.source?.document ?? null;
  for (const cited of resolution.cites) {
    const passages = (document?.citations ?? [])
      .filter((citation) => citation.resolution?.id === cited.id)
      .map((citation): Quote => ({ documentId: document?.id ?? null, language: null, paragraph: citation.paragraph, quote: citation.text, curated: false }));
    addEdge(root, 'cites', addNode('Resolution', cited.id, cited.title, null), passages);
  }
  for (const action of resolution.actions ?? []) addEdge(addAction(action), 'refers to', root, [quoteOf(action.source)]);
  for (const consultation of resolution.consultations ?? []) addEdge(addConsultation(consultation), 'is held under', root, [quoteOf(consultation.source)]);

  const depth = depthsFrom(root, [...nodes.keys()], [...edges.values()]);
  const ordered = [...edges.values()].sort((a, b) => depth.get(a.from)! - depth.get(b.from)!);
  return { root, nodes: [...nodes.values()], edges: ordered, depth, citedBy: resolution.citedBy, unresolved };
}

function depthsFrom(root: string, keys: string[], edges: GraphEdge[]): Map<string, number> {
  const depth = new Map([[root, 0]]);
  for (let frontier = [root]; frontier.length; ) {
    const next: string[] = [];
    for (const edge of edges) {
      if (frontier.includes(edge.from) && !depth.has(edge.to)) {
        depth.set(edge.to, depth.get(edge.from)! + 1);
        next.push(edge.to);
      }
    }
    frontier = next;
  }
  for (const key of keys) if (!depth.has(key)) depth.set(key, 1);
  return depth;
}
