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
  meetingId: string;
  date: string;
  consultationId: string;
  registered: ReportedCount;
  participants: ReportedCount;
}

function participationPoints(consultations: Consultation[]): ParticipationPoint[] {
  return consultations
    .flatMap((consultation) => {
      const meeting = consultation.consultationMeeting;
      if (!meeting?.startDate) return [];
      return [{ meetingId: meeting.id, date: meeting.startDate, consultationId: consultation.id, registered: meeting.registered, participants: meeting.participants }];
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}

function participationChart(points: ParticipationPoint[]): ChartConfiguration<'line'> {
  // A lower bound ("more than 60") is drawn as a triangle: the true number is above the point.
  const pointStyle = (counts: ReportedCount[]) => counts.map((count) => (count?.atLeast ? 'triangle' : 'circle'));
  const registered = points.map((point) => point.registered);
  const participants = points.map((point) => point.participants);
  return {
    type: 'line',
    data: {
      labels: points.map((point) => `${point.date} (${point.meetingId})`),
      datasets: [
        { label: 'Registered', data: registered.map((count) => count?.value ?? null), borderColor: '#0072B2', backgroundColor: '#0072B2', pointStyle: pointStyle(registered), pointRadius: 6 },
        { label: 'Active participants', data: participants.map((count) => count?.value ?? null), borderColor: '#D55E00', backgroundColor: '#D55E00', pointStyle: pointStyle(participants), pointRadius: 6 },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: prefersReducedMotion() ? false : { duration: 300 },
      plugins: {
        title: { display: true, text: 'Participants of consultation meetings over time' },
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (item) => {
              const count = (item.datasetIndex === 0 ? registered : participants)[item.dataIndex];
              return `${item.dataset.label}: ${formatCount(count)}`;
            },
          },
        },
      },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'People' } } },
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
                label={`Lines of the registered and active participants of ${points.length} consultation meetings by date; a triangle marks a lower bound; the table below gives the numbers.`}
              />
            ) : (
              <p className="notice">No consultation meeting with a date is known yet.</p>
            )}
            <div className="table-scroll">
              <table className="data-table" id="participation-table">
                <caption>Participants of each consultation meeting, by date</caption>
                <thead>
                  <tr>
                    <th scope="col">Meeting</th>
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
