import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { defaultExtractors, ingestRepositories, openIngestionStore } from '@mandate-graph/ingestion';
import { SUBGRAPH_DEFINITIONS } from '@mandate-graph/cli';
import { startFederation, type Federation } from '../support/federation';
import { CORPUS, hasCorpus, writeRepository } from '../support/fixtures';
import { ARTIFACTS, hasBrowser, launchBrowser, screenshot, seriousAccessibilityViolations, watchForProblems, type Browser } from './browser';

const DASHBOARD_DIST = join(__dirname, '../../dashboard/dist');
const CHAIR_REPORT = 'itu-council/000_8f73a2edc1468054';

// Documents of the test's own: Arabic, to be shown right to left, and a paragraph that quotes markup, to be
// shown as text and never run.
const ARABIC_PARAGRAPH = 'يرحب المجلس بالتقدم المحرز في قضايا السياسات العامة الدولية المتعلقة بالإنترنت.';
// And a curated mandate of PP-RES-102 on a group that no document of the graph holds.
const UNHELD_GROUP = 'CWG-LANGUAGES';
const UNHELD_EVIDENCE = 'A curator records that PP-RES-102 guides the Council Working Group on Languages, which no document here reports on.';
const FIXTURES = {
  'mandate.json': JSON.stringify({
    id: 'dashboard-fixtures',
    title: 'Dashboard test documents',
    documents: { 'council-ar.txt': { language: 'ar', title: 'تقرير المجلس' }, 'markup.txt': { language: 'en', title: 'A report that quotes markup' } },
    curates: { resolutions: ['PP-RES-102'] },
  }),
  'curated.json': JSON.stringify({ facts: [{ fact: 'mandate', resolution: 'PP-RES-102', relation: 'GUIDES', activity: UNHELD_GROUP, evidence: UNHELD_EVIDENCE }] }, null, 2),
  'council-ar.txt': `1\tمقدمة\n\n1.1\t${ARABIC_PARAGRAPH}\n\n1.2\tيدعو الأمين العام إلى تعزيز التعاون مع جميع أصحاب المصلحة.\n`,
  'markup.txt': '1\tIntroduction\n\n1.1\tThis paragraph quotes <img src=x onerror="window.__injected = 1"> and <script>window.__injected = 2</script> verbatim.\n',
};

interface ActionRow {
  id: string;
  status: string;
  version: number;
  assignees: string[];
}

async function textOf(locator: Locator): Promise<string> {
  await locator.first().waitFor();
  return ((await locator.first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** The article names (action ids) of the cards on the page, sorted. */
async function cardIds(page: Page): Promise<string[]> {
  return (await page.locator('article.card').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-action-id') ?? ''))).sort();
}

/** A table cell by its row header and its column header, as a reader would find it. */
async function cell(table: Locator, rowHeader: string, columnHeader: string): Promise<string> {
  await table.waitFor();
  const headers = (await table.locator('thead th').allTextContents()).map((text) => text.trim());
  const column = headers.indexOf(columnHeader);
  expect(column, `column ${columnHeader} in ${headers.join(' | ')}`).toBeGreaterThanOrEqual(0);
  const row = table.locator('tbody tr').filter({ has: table.page().getByRole('rowheader', { name: rowHeader, exact: true }) });
  return ((await row.locator('th, td').nth(column).textContent()) ?? '').trim();
}

describe.skipIf(!hasCorpus || !hasBrowser)('the dashboard, in Chromium, on the real corpora through the gateway', () => {
  let graph: Federation;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    if (!existsSync(join(DASHBOARD_DIST, 'index.html'))) {
      throw new Error('dashboard/dist is missing: run `npx turbo run build` (npm test does) before these tests');
    }
    const launching = launchBrowser();
    graph = await startFederation();
    const store = await openIngestionStore(graph.database.url, SUBGRAPH_DEFINITIONS);
    try {
      const report = await ingestRepositories(
        store,
        [join(CORPUS, 'pp18-final-acts'), join(CORPUS, 'itu-council'), writeRepository('dashboard-fixtures', FIXTURES)],
        defaultExtractors,
      );
      expect(report.failures, JSON.stringify(report.failures)).toEqual([]);
    } finally {
      await store.close();
    }
    browser = await launching;
    base = new URL('/dashboard', graph.gateway.url).href;
  });
  afterAll(async () => {
    await browser?.close();
    await graph?.close();
  });

  async function open(path: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.context.newPage();
    const problems = await watchForProblems(page);
    await page.goto(`${base}${path}`);
    return { page, problems };
  }

  async function actionsOf(assignee: string): Promise<ActionRow[]> {
    const answer = await graph.query<{ actions: { edges: { node: ActionRow }[] } }>(
      'query($assignee: Assignee) { actions(assignee: $assignee, first: 100) { edges { node { id status version assignees } } } }',
      { assignee },
    );
    expect(answer.errors).toBeUndefined();
    return answer.data!.actions.edges.map((edge) => edge.node);
  }

  async function actionHistory(id: string) {
    const answer = await graph.query<{ action: { status: string; history: { by: string; from: string | null; status: string; note: string | null }[] } }>(
      'query($id: ID!) { action(id: $id) { status history { by from status note } } }',
      { id },
    );
    return answer.data!.action;
  }

  async function signIn(page: Page, token: string) {
    await page.getByLabel('Bearer token (JWT)').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  }

  async function changeStatus(card: Locator, status: string, note: string) {
    const form = card.locator('details.change-status');
    if (!(await form.evaluate((details: HTMLDetailsElement) => details.open))) await form.getByText('Change status').click();
    await card.getByLabel('New status').selectOption({ label: status });
    await card.getByLabel('Note (optional)').fill(note);
    await card.getByRole('button', { name: 'Save status' }).click();
  }

  it('is served by the gateway at /dashboard with a self-only Content-Security-Policy, and every route gives the app', async () => {
    for (const path of ['/dashboard', '/dashboard/', '/dashboard/search?q=x', '/dashboard/mandates']) {
      const response = await fetch(new URL(path, graph.gateway.url));
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'.*script-src 'self'.*style-src 'self'/);
      expect(await response.text()).toMatch(/<div id="root">/);
    }
    const health = await fetch(new URL('/health', graph.gateway.url));
    expect(health.status).toBe(200);
  });

  it('shows the follow-up board per assignee and status, filters it by meeting, resolution and bureau, and opens a card’s history and source', async () => {
    const { page, problems } = await open('/board');
    const everything = await graph.query<{ actions: { totalCount: number } }>('{ actions(first: 1) { totalCount } }');
    expect(await textOf(page.getByTestId('board-summary'))).toBe(`${everything.data!.actions.totalCount} actions.`);

    // Each assignee's lane holds its actions, all still open as the report left them.
    for (const assignee of ['SECRETARIAT', 'BUREAU_DIRECTORS', 'GROUP']) {
      const expected = (await actionsOf(assignee)).map((action) => action.id).sort();
      const lane = page.locator(`section.lane[aria-labelledby="lane-${assignee}"]`);
      const ids = await lane.locator('article.card').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-action-id')));
      expect(ids.sort(), assignee).toEqual(expected);
      expect(await lane.locator('section.column[data-status="OPEN"] article.card').count()).toBe(expected.length);
    }

    await page.getByLabel('Meeting').selectOption('CWG-INTERNET-17');
    await page.getByText('3 actions match these filters.').waitFor();
    expect(await cardIds(page)).toEqual(['CWG-INTERNET-17/2.7.1', 'CWG-INTERNET-17/2.7.2', 'CWG-INTERNET-17/2.7.3']);
    expect(page.url()).toContain('meeting=CWG-INTERNET-17');

    await page.getByLabel('Resolution').selectOption('PP-RES-133');
    await page.getByText('1 action matches these filters.').waitFor();
    expect(await cardIds(page)).toEqual(['CWG-INTERNET-17/2.7.3']);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Bureau or assignee').selectOption('BUREAU_DIRECTORS');
    await page.getByText('2 actions match these filters.').waitFor();
    expect(await cardIds(page)).toEqual((await actionsOf('BUREAU_DIRECTORS')).map((action) => action.id).sort());
    await screenshot(page, 'board-filtered');

    // A bureau's filter: the API also matches what all the Bureau Directors were given, and each has its card.
    await page.getByLabel('Bureau or assignee').selectOption('BDT');
    const forBdt = (await actionsOf('BDT')).map((action) => action.id).sort();
    expect(forBdt.length).toBeGreaterThan(0);
    await page.getByText(`${forBdt.length} action${forBdt.length === 1 ? ' matches' : 's match'} these filters (given to BDT or to all the Bureau Directors).`).waitFor();
    expect(await cardIds(page)).toEqual(forBdt);

    const card = page.getByRole('article', { name: 'CWG-INTERNET-17/2.7.1' });
    await card.getByRole('button', { name: 'History and source' }).click();
    const dialog = page.getByRole('dialog', { name: 'Action CWG-INTERNET-17/2.7.1' });
    await dialog.getByText('Where it was read').waitFor();
    const source = await graph.query<{ action: { source: { quote: string; paragraph: string; document: { id: string } } } }>(
      '{ action(id: "CWG-INTERNET-17/2.7.1") { source { quote paragraph document { id } } } }',
    );
    const provenance = source.data!.action.source;
    expect(provenance.document.id).toBe(CHAIR_REPORT);
    expect(await textOf(dialog.locator('.provenance'))).toContain(`${CHAIR_REPORT}`);
    expect(await textOf(dialog.locator('.provenance dd').nth(1))).toBe('2.7.1');
    expect(await dialog.locator('blockquote').textContent()).toBe(provenance.quote);
    expect(await dialog.locator('blockquote').getAttribute('lang')).toBe('zh');
    expect(await textOf(dialog)).toContain('No change yet');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'board-card-history');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    expect(problems).toEqual([]);
    await page.close();
  });

  it('lets a director of BDT change the status of a Bureau Directors’ action in place, and the API keeps it in the history', async () => {
    // Which actions may a director of BDT change? Those given to BDT or to the Bureau Directors.
    const changeable = [...(await actionsOf('BDT')), ...(await actionsOf('BUREAU_DIRECTORS'))].filter((action) => action.status === 'OPEN');
    expect(changeable.length).toBeGreaterThan(0);
    const target = changeable[0];
    const lane = target.assignees.includes('BDT') ? 'BDT' : 'BUREAU_DIRECTORS';

    const { page, problems } = await open('/board');
    const token = await graph.token('director', 'BDT', 'jane-bdt');
    await signIn(page, token);
    expect(await textOf(page.locator('.session p'))).toContain('Signed in as jane-bdt, director of BDT');
    expect(await page.evaluate(() => sessionStorage.getItem('mandate-graph.token'))).toBe(token);

    const laneSection = page.locator(`section.lane[aria-labelledby="lane-${lane}"]`);
    await changeStatus(laneSection.getByRole('article', { name: target.id }), 'In progress', 'Started from the dashboard');
    const moved = laneSection.locator('section.column[data-status="IN_PROGRESS"]').getByRole('article', { name: target.id });
    expect(await textOf(moved.locator('.card-notice'))).toBe(`Saved: ${target.id} is now In progress; its history has 1 change.`);

    const stored = await actionHistory(target.id);
    expect(stored.status).toBe('IN_PROGRESS');
    expect(stored.history.at(-1)).toEqual({ by: 'jane-bdt', from: 'OPEN', status: 'IN_PROGRESS', note: 'Started from the dashboard' });

    // The card's history shows the change, and a reload (same tab: the token stays) finds the card where it moved.
    await page.reload();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    const reloaded = page.locator(`section.lane[aria-labelledby="lane-${lane}"] section.column[data-status="IN_PROGRESS"]`).getByRole('article', { name: target.id });
    await reloaded.getByRole('button', { name: 'History and source' }).click();
    const history = page.getByRole('dialog', { name: `Action ${target.id}` }).locator('table');
    await history.waitFor();
    const lastChange = (await history.locator('tbody tr').last().locator('td').allTextContents()).slice(1);
    expect(lastChange).toEqual(['jane-bdt', 'Open', 'In progress', 'Started from the dashboard']);
    await screenshot(page, 'board-status-changed');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says plainly why a change is refused: an analyst’s token, no token, and a change someone made meanwhile; nothing changes', async () => {
    const [target] = await actionsOf('SECRETARIAT');
    const before = await actionHistory(target.id);
    const { page, problems } = await open(`/board?assignee=SECRETARIAT`);
    const card = page.getByRole('article', { name: target.id });

    await signIn(page, await graph.token('analyst', undefined, 'ann-analyst'));
    await changeStatus(card, 'Done', 'Analysts may not do this');
    expect(await textOf(card.getByRole('alert').filter({ hasText: 'does not allow' }))).toMatch(/^Not changed: your token does not allow changing this action\./);
    await screenshot(page, 'board-refused');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await changeStatus(card, 'Done', 'Nor may anyone without a token');
    expect(await textOf(card.getByRole('alert').filter({ hasText: 'not signed in' }))).toMatch(/^Not changed: you are not signed in, or your token has expired/);
    expect(await actionHistory(target.id)).toEqual(before);

    // The secretariat loads the board; someone else changes the action before it saves its own change.
    await signIn(page, await graph.token('secretariat', undefined, 'sam-secretariat'));
    const meanwhile = await graph.query(
      'mutation($id: ID!) { updateActionStatus(id: $id, status: DEFERRED, note: "changed elsewhere") { status } }',
      { id: target.id },
      { authorization: `Bearer ${await graph.token('secretariat', undefined, 'someone-else')}` },
    );
    expect(meanwhile.errors).toBeUndefined();
    await changeStatus(card, 'Done', 'Too late');
    expect(await textOf(page.getByRole('alert').filter({ hasText: 'someone else changed' }))).toMatch(/^Not changed: someone else changed this action/);
    // The board reloads and shows the change made meanwhile.
    await page.locator('section.column[data-status="DEFERRED"]').getByRole('article', { name: target.id }).waitFor();
    expect((await actionHistory(target.id)).status).toBe('DEFERRED');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws the consultations’ responses by stakeholder category and their meetings’ participants, with the numbers in tables', async () => {
    const { page, problems } = await open('/consultations');
    const table = page.locator('#responses-table');
    // The report states 20 responses, yet its categories add up to 18: the table says both.
    expect(await cell(table, 'CWG-INTERNET-CONS-2021-10', 'Total')).toBe('20 (categories add up to 18)');
    expect(await cell(table, 'CWG-INTERNET-CONS-2021-10', 'Civil society')).toBe('6');
    expect(await cell(table, 'CWG-INTERNET-CONS-2021-10', 'Private sector')).toBe('5');
    // Every consultation the API holds has its row, with its stated total.
    const answer = await graph.query<{ consultations: { edges: { node: { id: string; responses: { total: number } } }[] } }>(
      '{ consultations(first: 100) { edges { node { id responses { total } } } } }',
    );
    expect(answer.data!.consultations.edges.length).toBeGreaterThan(1);
    for (const { node } of answer.data!.consultations.edges) expect(await cell(table, node.id, 'Total'), node.id).toMatch(new RegExp(`^${node.responses.total}( |$)`));

    const participation = page.locator('#participation-table');
    expect(await cell(participation, 'CWG-INTERNET-OC-10', 'Registered')).toBe('111');
    expect(await cell(participation, 'CWG-INTERNET-OC-10', 'Active participants')).toBe('more than 60');
    expect(await cell(participation, 'CWG-INTERNET-OC-10', 'Date')).toBe('2022-01-11');
    expect(await cell(participation, 'CWG-INTERNET-OC-10', 'Group')).toBe('CWG-INTERNET');

    // One pair of lines (registered, active) per group whose consultation meeting has a date, on a time axis.
    const meetings = await graph.query<{ consultations: { edges: { node: { group: { id: string } | null; consultationMeeting: { startDate: string | null } | null } }[] } }>(
      '{ consultations(first: 100) { edges { node { group { id } consultationMeeting { startDate } } } } }',
    );
    const groups = [...new Set(meetings.data!.consultations.edges.filter(({ node }) => node.consultationMeeting?.startDate).map(({ node }) => node.group?.id ?? 'group not known'))].sort();
    expect(groups.length).toBeGreaterThan(0);
    const chart = page.locator('#participation-chart');
    expect(await chart.getAttribute('data-x-axis')).toBe('time');
    expect(JSON.parse((await chart.getAttribute('data-series'))!)).toEqual(groups.flatMap((group) => [`${group}: registered`, `${group}: active participants`]));

    // Both charts are drawn: their canvases carry paint.
    for (const id of ['#responses-chart', '#participation-chart']) {
      const painted = await page.locator(id).evaluate((canvas: HTMLCanvasElement) => {
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        let count = 0;
        for (let index = 3; index < data.length; index += 4) if (data[index] > 0) count++;
        return count;
      });
      expect(painted, id).toBeGreaterThan(2_000);
    }
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'consultations');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('explores what PP-RES-102 mandates and cites as a graph whose every link shows its quote, and clicks through to any node', async () => {
    const { page, problems } = await open('/mandates');
    await page.getByLabel('Resolution').selectOption('PP-RES-102');
    await page.locator('.graph-canvas[data-state="ready"]').waitFor();
    expect(page.url()).toContain('resolution=PP-RES-102');

    const answer = await graph.query<{ resolution: { mandates: { relation: string; activity: { id?: string } | null; source: { quote: string } }[] } }>(
      '{ resolution(id: "PP-RES-102") { mandates { relation activity { ... on Group { id } } source { quote } } } }',
    );
    const instructs = answer.data!.resolution.mandates.find((mandate) => mandate.relation === 'INSTRUCTS' && mandate.activity?.id === 'CWG-INTERNET')!;
    const instructsRow = page.locator('tr[data-link="PP-RES-102 instructs CWG-INTERNET"]');
    expect(await textOf(instructsRow)).toContain(instructs.source.quote.slice(0, 100));
    for (const link of ['CWG-INTERNET holds CWG-INTERNET-17', 'CWG-INTERNET-17 assigns CWG-INTERNET-17/2.7.1', 'CWG-INTERNET-17 reviewed CWG-INTERNET-CONS-2021-10']) {
      expect(await textOf(page.locator(`tr[data-link="${link}"] td`).nth(3)), link).not.toBe('—');
    }

    // A click on the drawn link shows its quote beside the graph.
    await instructsRow.getByRole('button', { name: 'instructs' }).click();
    expect(await textOf(page.locator('.selection'))).toContain(instructs.source.quote.slice(0, 100));

    // A mandate on an activity the graph does not hold is drawn, said, and quoted, not dropped.
    const named = await graph.query<{ resolution: { mandates: { activityId: string; activity: { __typename: string } | null }[] } }>(
      '{ resolution(id: "PP-RES-102") { mandates { activityId activity { __typename ... on Group { name meetings { id } } } } } }',
    );
    const unheld = named.data!.resolution.mandates.filter((mandate) => mandate.activity === null);
    expect(unheld.map((mandate) => mandate.activityId)).toContain(UNHELD_GROUP);
    expect(await textOf(page.getByTestId('unresolved-mandates'))).toContain(unheld.length === 1 ? '1 mandate names an activity' : `${unheld.length} mandates name activities`);
    expect(await textOf(page.locator(`tr[data-link="PP-RES-102 guides ${UNHELD_GROUP}"] td`).nth(3))).toContain(UNHELD_EVIDENCE.slice(0, 80));
    await page.getByRole('button', { name: `Not in the graph ${UNHELD_GROUP}` }).first().click();
    expect(await textOf(page.locator('.selection'))).toContain(UNHELD_EVIDENCE);

    // Drawn at zoom 1 with text of at least 12 px, and no link label covers another.
    const drawn = await page.locator('.graph-canvas').evaluate((container) => {
      type Box = { x1: number; y1: number; x2: number; y2: number };
      type Element = { id(): string; hasClass(name: string): boolean; style(name: string): string; boundingBox(options: object): Box };
      const cy = (container as unknown as { _cyreg: { cy: { zoom(): number; nodes(): Element[]; edges(): Element[] } } })._cyreg.cy;
      const labelled = cy.edges().filter((edge) => !edge.hasClass('quiet'));
      return {
        zoom: cy.zoom(),
        nodeFont: parseFloat(cy.nodes()[0].style('font-size')),
        edgeFont: parseFloat(cy.edges()[0].style('font-size')),
        labelled: labelled.map((edge) => ({ id: edge.id(), box: edge.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }) })),
      };
    });
    expect(drawn.zoom).toBeGreaterThanOrEqual(1);
    expect(Math.min(drawn.nodeFont, drawn.edgeFont) * drawn.zoom).toBeGreaterThanOrEqual(12);
    expect(drawn.labelled.some((edge) => edge.id.startsWith('Resolution:PP-RES-102|'))).toBe(true);
    for (const [index, a] of drawn.labelled.entries()) {
      for (const b of drawn.labelled.slice(index + 1)) {
        const apart = a.box.x2 <= b.box.x1 || b.box.x2 <= a.box.x1 || a.box.y2 <= b.box.y1 || b.box.y2 <= a.box.y1;
        expect(apart, `${a.id} and ${b.id}`).toBe(true);
      }
    }

    // A click on a node drawn on the canvas selects it, and leads on to its actions on the board.
    // Scrolled first, and two frames let Cytoscape see the scroll, or it maps the click by the old offset.
    await page.locator('.graph-canvas').evaluate((container) => new Promise((resolve) => {
      container.scrollIntoView({ block: 'center' });
      requestAnimationFrame(() => requestAnimationFrame(resolve));
    }));
    const point = await page.locator('.graph-canvas').evaluate((container) => {
      const cy = (container as unknown as { _cyreg: { cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } } } })._cyreg.cy;
      const position = cy.getElementById('Meeting:CWG-INTERNET-17').renderedPosition();
      const box = container.getBoundingClientRect();
      return { x: box.left + position.x, y: box.top + position.y };
    });
    await page.mouse.click(point.x, point.y);
    await page.locator('.selection h3', { hasText: 'Meeting CWG-INTERNET-17' }).waitFor();
    await screenshot(page, 'mandates', { fullPage: false });
    await page.locator('.graph-canvas').screenshot({ path: join(ARTIFACTS, 'mandates-graph.png') });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'See the actions of CWG-INTERNET-17 on the board' }).click();
    await page.getByText('3 actions match these filters.').waitFor();
    expect(await cardIds(page)).toEqual(['CWG-INTERNET-17/2.7.1', 'CWG-INTERNET-17/2.7.2', 'CWG-INTERNET-17/2.7.3']);

    // Back in the explorer, an action opens its card; a cited resolution becomes the one explored.
    await page.goBack();
    await page.locator('.graph-canvas[data-state="ready"]').waitFor();
    await page.locator('tr[data-link="CWG-INTERNET-17 assigns CWG-INTERNET-17/2.7.3"]').getByRole('button', { name: 'Action CWG-INTERNET-17/2.7.3' }).click();
    await page.getByRole('link', { name: 'Open CWG-INTERNET-17/2.7.3 on the follow-up board' }).click();
    await page.getByRole('dialog', { name: 'Action CWG-INTERNET-17/2.7.3' }).getByText('Where it was read').waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('finds Chinese and Arabic words with highlighted hits, renders Arabic right to left, and lets no markup but <mark> through', async () => {
    const { page, problems } = await open('/search');
    await page.getByLabel('Words to find').fill('环境');
    await page.keyboard.press('Enter');
    const expected = await graph.query<{ search: { totalCount: number } }>('{ search(text: "环境") { totalCount } }');
    await page.getByText(`${expected.data!.search.totalCount} paragraphs found for “环境”.`).waitFor();
    const chinese = page.locator(`li.hit[data-document="${CHAIR_REPORT}"][data-paragraph="2.5.1"] .hit-text`);
    expect(await chinese.getAttribute('lang')).toBe('zh');
    expect(await chinese.locator('mark').allTextContents()).toContain('环境');
    await screenshot(page, 'search-chinese');

    await page.getByLabel('Words to find').fill('بالإنترنت');
    await page.getByRole('button', { name: 'Search' }).click();
    const arabic = page.locator('li.hit[data-document="dashboard-fixtures/council-ar"][data-paragraph="1.1"] .hit-text');
    await arabic.waitFor();
    expect(await arabic.getAttribute('lang')).toBe('ar');
    expect(await arabic.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    expect(await arabic.evaluate((element) => element.matches(':dir(rtl)'))).toBe(true);
    expect(await arabic.locator('mark').allTextContents()).toEqual(['بالإنترنت']);
    expect(await arabic.textContent()).toBe(ARABIC_PARAGRAPH);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'search-arabic');

    // A document that quotes markup shows it as text.
    await page.getByLabel('Words to find').fill('verbatim');
    await page.getByRole('button', { name: 'Search' }).click();
    const quoted = page.locator('li.hit[data-document="dashboard-fixtures/markup"] .hit-text');
    expect(await textOf(quoted)).toContain('<script>window.__injected = 2</script>');
    expect(await quoted.locator('img, script').count()).toBe(0);

    expect(problems).toEqual([]);

    // Even an answer whose highlight carries markup (a buggy or hostile server) keeps only bare <mark>; the
    // browser, parsing it for the sanitizer, reports the handlers and style that the CSP would block anyway.
    await page.route('**/graphql', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          data: {
            search: {
              totalCount: 1,
              pageInfo: { hasNextPage: false, endCursor: null },
              edges: [{ node: {
                document: { id: 'evil/doc', title: null, language: 'EN' }, paragraph: '1', score: 1,
                highlight: '<img src=x onerror="window.__injected=3"><script>window.__injected=4</script><b onclick="x()">bold</b> <mark onclick="y()" style="color:red">hit</mark><a href="javascript:z()">link</a>',
              } }],
            },
          },
        }),
      }),
    );
    await page.getByLabel('Words to find').fill('anything');
    await page.getByRole('button', { name: 'Search' }).click();
    const hostile = page.locator('li.hit[data-document="evil/doc"] .hit-text');
    await hostile.waitFor();
    expect(await hostile.innerHTML()).toBe('bold <mark>hit</mark>link');
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
    await page.unroute('**/graphql');
    expect(problems.filter((problem) => !/Content Security Policy|CSP violation: (script|style)-src-attr blocked inline/.test(problem))).toEqual([]);
    await page.close();
  });

  it('works from the keyboard: skip link, views, a card’s history with Enter, its status form with Space', async () => {
    const { page, problems } = await open('/board');
    await page.locator('article.card').first().waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the view');

    // Tab to the first card's "History and source" and press Enter.
    let focused = '';
    for (let presses = 0; presses < 80 && focused !== 'History and source'; presses++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement?.tagName === 'BUTTON' ? (document.activeElement.textContent ?? '') : ''));
    }
    expect(focused).toBe('History and source');
    const cardId = await page.evaluate(() => document.activeElement?.closest('article')?.getAttribute('data-action-id'));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Action ${cardId}` });
    await dialog.getByText('Where it was read').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('History and source');

    // The next stop is the card's "Change status"; Space opens its form.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => (document.activeElement?.parentElement as HTMLDetailsElement).open)).toBe(true);

    // From the top of a fresh load: skip link, then the views; Enter on "Consultations" goes there.
    await page.reload();
    await page.locator('article.card').first().waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Consultations');
    await page.keyboard.press('Enter');
    await page.locator('#responses-table').waitFor();
    expect(new URL(page.url()).pathname).toBe('/dashboard/consultations');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Consultations');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a loading state, then a plain error with a way to try again, on every view when the graph cannot be reached', async () => {
    const page = await browser.context.newPage();
    for (const [path, what] of [
      ['/board', 'The follow-up board'],
      ['/consultations', 'The consultations'],
      ['/mandates?resolution=PP-RES-102', 'The list of resolutions'],
      ['/search?q=Internet', 'The search'],
    ]) {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let attempts = 0;
      await page.route('**/graphql', async (route) => {
        attempts++;
        await held;
        await route.abort('connectionrefused');
      });
      await page.goto(`${base}${path}`);
      await page.getByRole('status').filter({ hasText: /Loading|Searching/ }).first().waitFor();
      release();
      const alert = page.getByRole('alert').filter({ hasText: `${what} could not be loaded.` });
      expect(await textOf(alert), path).toContain('The graph could not be reached');
      expect(attempts).toBeGreaterThan(0);
      await page.unroute('**/graphql');
      await alert.getByRole('button', { name: 'Try again' }).click();
      await alert.waitFor({ state: 'detached' });
    }
    // The last view recovered: the search answers.
    await page.locator('li.hit').first().waitFor();
    await page.close();
  });
});
