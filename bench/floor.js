'use strict';
// The floor: the shortest hand-written SQL that computes the same answer as each saved operation, one
// round trip each (the GraphQL layers can only add to it). Each entry takes the operation's variables and
// returns a function of a pg Pool.

const FLOOR = {
  resolution: ({ id }) => (pool) => pool.query(
    `select r.id, r.issuer, r.kind, r.number, r.title, r.status, r.revisions, r.merged_into,
       (select json_agg(c order by c.position) from resolutions.operative_clause c where c.resolution_id = r.id) as clauses,
       (select json_agg(distinct x.cited) from resolutions.resolution_citation x where x.citing_id = r.id) as cites,
       (select json_agg(distinct x.citing_id) from resolutions.resolution_citation x where x.cited = r.id) as cited_by,
       (select json_build_object('total', count(*), 'first', (select json_agg(f) from (select d.text, d.revision, d.confidence, d.document_id
          from documents.citation d where d.resolution = r.id order by d.sort_key limit 20) f))
          from documents.citation d where d.resolution = r.id) as cited_in
     from resolutions.resolution r where r.id = $1`,
    [id],
  ),

  mandateTrace: ({ id }) => (pool) => pool.query(
    `select m.relation, m.activity_id, m.activity_type, m.source,
       (select json_agg(json_build_object('meeting', mt, 'actions',
          (select json_agg(a order by a.sort_key) from meetings.action a where a.meeting_id = mt.id),
          'reviewed', (select json_agg(json_build_object('consultation', c, 'responses',
             (select json_agg(rc) from consultations.response_count rc where rc.consultation_id = c.id)))
             from consultations.consultation c where c.reviewed_at = mt.id)) order by mt.kind, mt.number)
        from meetings.meeting mt where mt.group_id = m.activity_id) as meetings,
       (select json_agg(json_build_object('consultation', c, 'responses',
          (select json_agg(rc) from consultations.response_count rc where rc.consultation_id = c.id)))
        from consultations.consultation c where m.activity_type = 'ConsultationSeries' and c.group_id = regexp_replace(m.activity_id, '-CONS$', '')) as consultations
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
       (select count(*) from meetings.action a where a.assignees && array[$1, 'BUREAU_DIRECTORS']::text[] and a.status = 'OPEN') as total
     from page p join meetings.meeting mt on mt.id = p.meeting_id join meetings."group" g on g.id = mt.group_id
     order by p.sort_key, p.id`,
    [bureau],
  ),

  search: ({ text, language }) => (pool) => {
    const terms = text.trim().split(/\s+/u).map((term) => `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`);
    const conditions = terms.map((_, index) => `p."text" ilike $${index + 3} escape '\\'`).join(' and ');
    return pool.query(
      `select p.document_id, p.number, p.text, word_similarity($1, p.text) as score, count(*) over () as total
         from documents.paragraph p where p.language = $2 and ${conditions}
         order by score desc, p.document_id, p.position limit 21`,
      [text, language, ...terms],
    );
  },

  responses: () => (pool) => pool.query(
    `select c.id, c.topic, c.opens, c.closes, c.group_id, c.launched_at, c.reviewed_at, c.total, c.consultation_meeting,
       (select json_agg(json_build_object('category', rc.category, 'count', rc.count) order by rc.category)
          from consultations.response_count rc where rc.consultation_id = c.id) as by_category,
       (select count(*) from consultations.consultation) as total_count
     from consultations.consultation c order by c.sort_key, c.id limit 101`,
  ),
};

module.exports = { FLOOR };
