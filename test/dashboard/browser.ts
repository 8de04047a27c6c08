import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import bundledChromium from '@sparticuz/chromium';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);

/** Screenshots of each view, kept after the run for a person to look at (gitignored). */
export const ARTIFACTS = join(__dirname, 'artifacts');

// The network is closed: without these, Chromium keeps trying to reach its update and sync services.
// No sandbox: the tests run as root in CI, where Chromium's sandbox refuses to start.
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--no-zygote', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** The bundled Chromium is a Linux x64 build; elsewhere the browser tests need `CHROMIUM_PATH`. */
export const hasBrowser = Boolean(process.env.CHROMIUM_PATH) || (process.platform === 'linux' && process.arch === 'x64');
if (!hasBrowser) console.log(`no browser for the dashboard tests on ${process.platform}-${process.arch}: they are skipped (set CHROMIUM_PATH to a Chromium)`);

/**
 * The browser the tests drive: `CHROMIUM_PATH` when set (a system Chromium, say), otherwise the headless
 * Chromium that ships inside the `@sparticuz/chromium` npm package, unpacked into the run's temporary folder.
 * Nothing is downloaded: `npm install` brought it.
 */
export async function chromiumExecutable(): Promise<string> {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`CHROMIUM_PATH is ${chosen}, and no browser is there: unset it to use the bundled Chromium`);
    return chosen;
  }
  return bundledChromium.executablePath();
}

/**
 * A fontconfig file that names only fonts npm installed (Latin from the Chromium package, Chinese and
 * Arabic from Noto packages), so a screenshot of a Chinese or Arabic page shows its script on a machine
 * without system fonts. The tests read the page's DOM, never its pixels; the fonts are for the people who
 * look at the screenshots.
 */
function fontConfigFile(chromiumPath: string): string {
  const fontDirectories = [
    join(dirname(chromiumPath), 'fonts', 'fonts'),
    ...['@expo-google-fonts/noto-sans-sc', '@expo-google-fonts/noto-sans-arabic'].flatMap((font) => {
      const root = dirname(require.resolve(`${font}/package.json`));
      return [join(root, '400Regular'), join(root, '700Bold')];
    }),
  ].filter((directory) => existsSync(directory));
  const folder = mkdtempSync(join(tmpdir(), 'dashboard-fonts-'));
  const file = join(folder, 'fonts.conf');
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  writeFileSync(file, [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    ...fontDirectories.map((directory) => `  <dir>${escape(directory)}</dir>`),
    `  <cachedir>${escape(join(folder, 'cache'))}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n'));
  return file;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** One Chromium with a fresh profile, for the whole test file; each test opens its own pages (tabs). */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = await chromiumExecutable();
  mkdirSync(ARTIFACTS, { recursive: true });
  const userDataDir = mkdtempSync(join(tmpdir(), 'dashboard-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    env: { ...process.env, FONTCONFIG_FILE: fontConfigFile(executablePath) },
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 1000 },
    // Charts drawn without animation: what a screenshot shows is what the reader ends up with.
    reducedMotion: 'reduce',
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  // A view that works answers in well under a second here; a missing element fails fast.
  context.setDefaultTimeout(10_000);
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Errors the page logs, uncaught exceptions, and Content-Security-Policy violations (an inline style or
 * script the policy refused): a test ends by expecting none.
 */
export async function watchForProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return problems;
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core's serious and critical violations on the page as it is now. axe is evaluated through the
 * DevTools protocol, which the page's CSP does not govern, so the policy stays as users get it.
 */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((node) => ({ target: node.target })) }));
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

export async function screenshot(page: Page, name: string, { fullPage = true }: { fullPage?: boolean } = {}): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });
}
