import { useMemo } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { DashboardConsultationsDocument, type DashboardConsultationsQuery, type StakeholderCategory } from '../../../generated/graphql/graphql';
import { allPages } from '../../api/graphql';
import { useApi } from '../../api/useApi';
import { ChartCanvas, prefersReducedMotion } from '../../components/ChartCanvas';
import { ErrorNotice, Loading, PartialNotice } from '../../components/Status';
import { CATEGORIES, CATEGORY_COLOURS, CATEGORY_LABELS, formatCount, langTag } from '../../labels';
import { PageHeading } from '../../components/PageHeading';

type Consultation = DashboardConsultationsQuery['consultations']['edges'][number]['node'];
type ReportedCount = NonNullable<Consultation['consultationMeeting']>['registered'];

const countOf = (consultation: Consultation, category: StakeholderCategory) =>
  consultation.responses.byCategory.find((row) => row.category === category)?.count ?? 0;

function responsesChart(consultations: Consultation[], categories: StakeholderCategory[]): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: consultations.map((consultation) => consultation.id),
      datasets: categories.map((category) => ({
        label: CATEGORY_LABELS[category],
        data: consultations.map((consultation) => countOf(consultation, category)),
        backgroundColor: CATEGORY_COLOURS[category],
        stack: 'responses',
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: prefersReducedMotion() ? false : { duration: 300 },
      plugins: { title: { display: true, text: 'Responses by stakeholder category' }, legend: { position: 'bottom' } },
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'Responses' } } },
    },
  };
}

interface ParticipationPoint {
  groupId: string;
  meetingId: string;
  date: string;
  consultationId: string;
  registered: ReportedCount;
  participants: ReportedCount;
}

/** The group a consultation belongs to; one the graph could not place is shown as such, never merged into another. */
const UNPLACED = 'group not known';

function participationPoints(consultations: Consultation[]): ParticipationPoint[] {
  return consultations
    .flatMap((consultation) => {
      const meeting = consultation.consultationMeeting;
      if (!meeting?.startDate) return [];
      return [{
        groupId: consultation.group?.id ?? UNPLACED,
        meetingId: meeting.id,
        date: meeting.startDate,
        consultationId: consultation.id,
        registered: meeting.registered,
        participants: meeting.participants,
      }];
    })
    .sort((a, b) => a.groupId.localeCompare(b.groupId) || a.date.localeCompare(b.date));
}

// Okabe–Ito colours, told apart by readers with colour-blindness; a group's two lines share its colour.
const GROUP_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#999999'];

const groupsOf = (points: ParticipationPoint[]) => [...new Set(points.map((point) => point.groupId))];

/**
 * Registered and active participants of each group's consultation meetings, one pair of lines per group
 * (registered dashed, active solid), on a time axis: meetings of different groups are never joined into one
 * line, and the distance between two meetings is the time between them.
 */
function participationChart(points: ParticipationPoint[]): ChartConfiguration<'line'> {
  // A lower bound ("more than 60") is drawn as a triangle: the true number is above the point.
  const pointStyle = (counts: ReportedCount[]) => counts.map((count) => (count?.atLeast ? 'triangle' : 'circle'));
  const series = groupsOf(points).flatMap((groupId, index) => {
    const colour = GROUP_COLOURS[index % GROUP_COLOURS.length];
    const ofGroup = points.filter((point) => point.groupId === groupId);
    return (['registered', 'participants'] as const).map((measure) => ({
      label: `${groupId}: ${measure === 'registered' ? 'registered' : 'active participants'}`,
      colour,
      dashed: measure === 'registered',
      counts: ofGroup.map((point) => point[measure]),
      dates: ofGroup.map((point) => point.date),
      meetings: ofGroup.map((point) => point.meetingId),
    }));
  });
  return {
    type: 'line',
    data: {
      datasets: series.map((line) => ({
        label: line.label,
        // A meeting whose count the report does not give has no point on that line (and no zero).
        data: line.dates.map((date, at) => {
          const value = line.counts[at]?.value;
          return value === undefined || value === null ? null : { x: Date.parse(date), y: value };
        }),
        borderColor: line.colour,
        backgroundColor: line.colour,
        borderDash: line.dashed ? [6, 4] : [],
        pointStyle: pointStyle(line.counts),
        pointRadius: 6,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: prefersReducedMotion() ? false : { duration: 300 },
      plugins: {
        title: { display: true, text: 'Participants of consultation meetings over time, by group' },
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (item) => {
              const shown = series[item.datasetIndex];
              return `${shown.label} at ${shown.meetings[item.dataIndex]}: ${formatCount(shown.counts[item.dataIndex])}`;
            },
          },
        },
      },
      scales: {
        x: { type: 'time', time: { unit: 'month', tooltipFormat: 'yyyy-MM-dd' }, title: { display: true, text: 'Meeting date' } },
        y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'People' } },
      },
    },
  };
}

/** Responses to each open consultation by stakeholder category, and who came to its meeting, over time. */
export function ConsultationsView() {
  const consultations = useApi('consultations', (options) => allPages(DashboardConsultationsDocument, {}, (data) => data.consultations, options));
  const nodes = consultations.status === 'ready' ? consultations.data.nodes : null;

  // Only the categories someone answered in get a bar segment and a column.
  const categories = useMemo(() => CATEGORIES.filter((category) => nodes?.some((consultation) => countOf(consultation, category) > 0)), [nodes]);
  const barConfig = useMemo(() => (nodes ? responsesChart(nodes, categories) : null), [nodes, categories]);
  const points = useMemo(() => (nodes ? participationPoints(nodes) : []), [nodes]);
  const lineConfig = useMemo(() => (points.length ? participationChart(points) : null), [points]);

  return (
    <>
      <PageHeading>Consultations</PageHeading>
      <p className="lead">Who answered each open consultation, and who registered for and took part in its meeting.</p>
      {consultations.status === 'loading' ? <Loading>Loading the consultations…</Loading> : null}
      {consultations.status === 'error' ? <ErrorNotice what="The consultations" error={consultations.error} onRetry={consultations.reload} /> : null}
      {nodes && barConfig ? (
        <>
          <PartialNotice errors={consultations.status === 'ready' ? consultations.partialErrors : []} />
          {nodes.length === 0 ? <p className="notice">The graph holds no consultation yet.</p> : null}
          <section aria-labelledby="responses-heading" className="panel">
            <h2 id="responses-heading">Responses by stakeholder category</h2>
            <ChartCanvas
              id="responses-chart"
              config={barConfig}
              label={`Stacked bars of the responses to ${nodes.length} consultations by stakeholder category; the table below gives the numbers.`}
            />
            <div className="table-scroll">
              <table className="data-table" id="responses-table">
                <caption>Responses to each consultation by stakeholder category</caption>
                <thead>
                  <tr>
                    <th scope="col">Consultation</th>
                    <th scope="col">Topic</th>
                    <th scope="col">Opened</th>
                    <th scope="col">Total</th>
                    {categories.map((category) => (
                      <th scope="col" key={category}>
                        {CATEGORY_LABELS[category]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {nodes.map((consultation) => (
                    <tr key={consultation.id} id={`consultation-${consultation.id}`}>
                      <th scope="row">{consultation.id}</th>
                      <td lang={langTag(consultation.source.document?.language)} dir="auto">
                        {consultation.topic}
                      </td>
                      <td>{consultation.opens ?? '—'}</td>
                      <td>
                        {consultation.responses.total}
                        {consultation.responses.consistent ? null : (
                          <span className="warning-text"> (categories add up to {consultation.responses.byCategory.reduce((sum, row) => sum + row.count, 0)})</span>
                        )}
                      </td>
                      {categories.map((category) => (
                        <td key={category}>{countOf(consultation, category)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <section aria-labelledby="participation-heading" className="panel">
            <h2 id="participation-heading">Registered and active participants of consultation meetings</h2>
            {lineConfig ? (
              <ChartCanvas
                id="participation-chart"
                config={lineConfig}
                label={`Lines of the registered (dashed) and active participants of ${points.length} consultation meetings on a time axis, one pair per group (${groupsOf(points).join(', ')}); a triangle marks a lower bound; the table below gives the numbers.`}
              />
            ) : (
              <p className="notice">No consultation meeting with a date is known yet.</p>
            )}
            <div className="table-scroll">
              <table className="data-table" id="participation-table">
                <caption>Participants of each consultation meeting, by group and date</caption>
                <thead>
                  <tr>
                    <th scope="col">Meeting</th>
                    <th scope="col">Group</th>
                    <th scope="col">Date</th>
                    <th scope="col">Consultation</th>
                    <th scope="col">Registered</th>
                    <th scope="col">Active participants</th>
                  </tr>
                </thead>
                <tbody>
                  {points.map((point) => (
                    <tr key={`${point.meetingId}-${point.consultationId}`}>
                      <th scope="row">{point.meetingId}</th>
                      <td>{point.groupId}</td>
                      <td>{point.date}</td>
                      <td>{point.consultationId}</td>
                      <td>{formatCount(point.registered)}</td>
                      <td>{formatCount(point.participants)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      ) : null}
    </>
  );
}
