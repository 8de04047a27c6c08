'use strict';
// The floor: the shortest hand-written SQL that computes the same answer as each saved operation, one
// round trip each (the GraphQL layers can only add to it). Each entry takes the operation's variables and
// returns a function of a pg Pool.

/** A consultation's tally by category, for a query in which `c` is the consultation. */
const BY_CATEGORY = `(select json_agg(json_build_object('category', rc.category, 'count', rc.count) order by rc.category)
  from consultations.response_count rc where rc.consultation_id = c.id)`;

/** Counted as the API counts: exactly up to its bound, then the planner's estimate. */
const boundedCount = (from) => `(select count(*) from (select 1 ${from} limit 1001) as bounded)`;

const FLOOR = {
  resolution: ({ id }) => (pool) => pool.query(
    `select r.id, r.issuer, r.kind, r.number, r.title, r.status, r.revisions, r.merged_into,
       (select json_agg(c order by c.position) from resolutions.operative_clause c where c.resolution_id = r.id) as clauses,
       (select json_agg(distinct x.cited) from resolutions.resolution_citation x where x.citing_id = r.id) as cites,
       (select json_agg(distinct x.citing_id) from resolutions.resolution_citation x where x.cited = r.id) as cited_by,
       json_build_object('total', ${boundedCount('from documents.citation d where d.resolution = r.id')}, 'first', (select json_agg(f) from (select d.text, d.revision, d.confidence, d.document_id
          from documents.citation d where d.resolution = r.id order by d.sort_key limit 20) f)) as cited_in
     from resolutions.resolution r where r.id = $1`,
    [id],
  ),

  // Each mandate's activity read by its type alone, as the subgraphs do: a series id (GROUP-CONS, GROUP-OC)
  // is cut to its group's id with left(), which leaves the index on group_id usable; only the columns the
  // operation asks for are serialised.
  mandateTrace: ({ id }) => (pool) => pool.query(
    `select m.relation, m.activity_id, m.activity_type, m.document, m.source->>'paragraph' as paragraph, m.source->>'quote' as quote,
       case m.activity_type
         when 'Group' then (select json_build_object('name', g.name, 'meetings', (
           select json_agg(json_build_object('id', mt.id, 'number', mt.number, 'kind', mt.kind, 'startDate', mt.start_date, 'endDate', mt.end_date, 'format', mt.format,
             'actions', (select json_agg(json_build_object('id', a.id, 'paragraph', a.paragraph, 'status', a.status, 'assignees', a.assignees, 'references', a.references) order by a.sort_key)
                from meetings.action a where a.meeting_id = mt.id),
             'consultationsReviewed', (select json_agg(json_build_object('id', c.id, 'topic', c.topic, 'total', c.total, 'byCategory', ${BY_CATEGORY}))
                from consultations.consultation c where c.reviewed_at = mt.id)) order by mt.kind, mt.number)
           from meetings.meeting mt where mt.group_id = g.id)) from meetings."group" g where g.id = m.activity_id)
         when 'MeetingSeries' then (select json_agg(json_build_object('id', mt.id, 'startDate', mt.start_date, 'registered', mt.registered, 'participants', mt.participants) order by mt.number)
           from meetings.meeting mt where mt.group_id = left(m.activity_id, -length('-OC')) and mt.kind = 'OPEN_CONSULTATION_MEETING')
         when 'ConsultationSeries' then (select json_agg(json_build_object('id', c.id, 'topic', c.topic, 'opens', c.opens, 'closes', c.closes, 'total', c.total, 'byCategory', ${BY_CATEGORY}) order by c.sort_key, c.id)
           from consultations.consultation c where c.group_id = left(m.activity_id, -length('-CONS')))
         when 'Meeting' then (select json_build_object('id', mt.id, 'startDate', mt.start_date) from meetings.meeting mt where mt.id = m.activity_id)
         when 'Consultation' then (select json_build_object('id', c.id, 'topic', c.topic) from consultations.consultation c where c.id = m.activity_id)
         when 'Action' then (select json_build_object('id', a.id, 'status', a.status) from meetings.action a where a.id = m.activity_id)
       end as activity
     from resolutions.mandate m where m.resolution_id = $1 order by m.serial`,
    [id],
  ),

  bureauActions: ({ bureau }) => (pool) => pool.query(
    `with page as (
       select a.* from meetings.action a
       where a.assignees && array[$1, 'BUREAU_DIRECTORS']::text[] and a.status = 'OPEN'
       order by a.sort_key, a.id limit 101)
     select p.*, mt.start_date, g.name as group_name,
       (select json_agg(json_build_object('id', r.id, 'title', r.title, 'status', r.status)) from resolutions.resolution r where r.id = any(p.references)) as refs,
       (select c.topic from consultations.consultation c where c.id = p.consultation) as consultation_topic,
       (select json_agg(u order by u.serial) from meetings.action_update u where u.action_id = p.id) as history,
       ${boundedCount(`from meetings.action a where a.assignees && array[$1, 'BUREAU_DIRECTORS']::text[] and a.status = 'OPEN'`)} as total
     from page p join meetings.meeting mt on mt.id = p.meeting_id join meetings."group" g on g.id = mt.group_id
     order by p.sort_key, p.id`,
    [bureau],
  ),

  // The language's stemmed words against the paragraphs' lexemes (GIN index), bounded candidates, ts_rank, the
  // count among the candidates and ts_headline for the page's rows, as the API.
  search: ({ text, language }) => (pool) => pool.query(
    `with q as (select $1::text as language, documents.search_query($1, $2) as query),
       m as materialized (select p.document_id, p.number, p.text, p.position, p.lexemes from q join documents.paragraph p on p.language = q.language and p.lexemes @@ q.query),
       h as (select * from m limit 1101),
       r as (select h.*, round(ts_rank(h.lexemes, q.query, 33)::numeric, 4) as score, count(*) over () as total
         from h, q order by score desc, h.document_id, h.position limit 21)
     select r.document_id, r.number, r.text, r.score, r.total, ts_headline(documents.search_config($1), documents.search_text(r.text), q.query, 'HighlightAll=true') as marked
     from r, q order by r.score desc, r.document_id, r.position`,
    [language, text],
  ),

  responses: () => (pool) => pool.query(
    `select c.id, c.topic, c.opens, c.closes, c.group_id, c.launched_at, c.reviewed_at, c.total, c.consultation_meeting,
       (select json_agg(json_build_object('category', rc.category, 'count', rc.count) order by rc.category)
          from consultations.response_count rc where rc.consultation_id = c.id) as by_category,
       ${boundedCount('from consultations.consultation')} as total_count
     from consultations.consultation c order by c.sort_key, c.id limit 101`,
  ),
};

/** Every `id` in an answer's subtree (recursively), sorted: what two answers must agree on. */
function idsIn(value, into = []) {
  if (Array.isArray(value)) for (const item of value) idsIn(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'id' && typeof child === 'string') into.push(child);
      else if (key !== 'references') idsIn(child, into);
    }
  }
  return into;
}

/**
 * Checks, per floor, that the floor's rows hold the same answer as the gateway's data: the same groups,
 * meetings, actions and consultations under each mandate, with the same tallies.
 */
const SAME_ANSWER = {
  mandateTrace: (rows, data) => {
    const fromFloor = rows.map((row) => ({ relation: row.relation, ids: [row.activity_id, ...idsIn(row.activity)].sort(), totals: JSON.stringify(row.activity).match(/"total":\s*\d+/g)?.join() ?? '' }));
    const fromGateway = data.resolution.mandates.map((mandate) => ({ relation: mandate.relation, ids: idsIn(mandate.activity).sort(), totals: JSON.stringify(mandate.activity).match(/"total":\s*\d+/g)?.join() ?? '' }));
    return JSON.stringify(fromFloor) === JSON.stringify(fromGateway);
  },
  // The same paragraphs in the same order with the same scores, and the same count.
  search: (rows, data) => {
    const fromFloor = rows.slice(0, 20).map((row) => `${row.document_id}#${row.number}:${Number(row.score)}`);
    const fromGateway = data.search.edges.map(({ node }) => `${node.document.id}#${node.paragraph}:${node.score}`);
    return JSON.stringify(fromFloor) === JSON.stringify(fromGateway) && Math.min(Number(rows[0]?.total ?? 0), 1001) === Math.min(data.search.totalCount, 1001);
  },
};

module.exports = { FLOOR, SAME_ANSWER };
