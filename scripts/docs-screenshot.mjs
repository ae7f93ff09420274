// Regenerates docs/report-charts.png, the README's picture of the meeting pack's charts, from a real
// `cqc report` of the demo repo (never drawn by hand): builds the demo with the built CLI, writes the
// HTML pack as of the demo's date, and photographs its "Measurements against target" section in
// chromium at A4 width. Run `npm run build` first; `npm run docs:screenshot` does both.
// CHROMIUM=/path/to/chromium overrides Debian's /usr/bin/chromium.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
/* global document */
import { chromium } from 'playwright-core';

const PROJECT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(PROJECT, 'bin/cqc.js');
const OUT = join(PROJECT, 'docs/report-charts.png');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** The day the demo's story is told as of (src/commands/demo.ts DEMO_AS_OF). */
const DEMO_AS_OF = '2026-11-26';
/** A4 less 14 mm margins each side, in CSS pixels: the width the pack prints at. */
const A4_CONTENT_PX = 688;
/** Two charts: enough to read, small enough for a README. */
const CHARTS = 2;

function fail(message) {
  process.stderr.write(`docs-screenshot: ${message}\n`);
  process.exit(1);
}

if (!existsSync(join(PROJECT, 'dist/commands/report.js'))) fail('dist/ is missing: run "npm run build" first.');
if (!existsSync(CHROMIUM)) fail(`${CHROMIUM} is missing: run .ci/install-browser, or set CHROMIUM to a chromium binary.`);

const work = mkdtempSync(join(tmpdir(), 'cqc-docs-screenshot-'));
const browserProfile = join(work, 'profile');
try {
  const repo = join(work, 'demo');
  const env = { ...process.env, NO_COLOR: '1' };
  execFileSync(process.execPath, [CLI, 'demo', repo], { cwd: work, env, stdio: 'pipe' });
  const pack = join(work, 'pack.html');
  execFileSync(process.execPath, [CLI, 'report', '--as-of', DEMO_AS_OF, '--format', 'html', '-o', pack], { cwd: repo, env, stdio: 'pipe' });

  const context = await chromium.launchPersistentContext(browserProfile, {
    executablePath: CHROMIUM, headless: true, offline: true, deviceScaleFactor: 1.5,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
    viewport: { width: A4_CONTENT_PX + 48, height: 1200 },
  });
  const page = await context.newPage();
  await page.goto(pathToFileURL(pack).href, { waitUntil: 'load' });
  const count = await page.locator('#measurements figure.chart').count();
  if (count === 0) fail('the demo pack has no measured target to photograph.');
  // XmR charts first (they show what SPC adds), then run charts; the rest hidden so the two sit together.
  const shown = await page.evaluate((wanted) => {
    const figures = [...document.querySelectorAll('#measurements figure.chart')];
    const xmr = figures.filter((f) => f.querySelector('svg[data-chart="xmr"]'));
    const keep = new Set([...xmr, ...figures.filter((f) => !xmr.includes(f))].slice(0, wanted));
    for (const f of figures) if (!keep.has(f)) f.style.display = 'none';
    return keep.size;
  }, CHARTS);
  const top = (await page.locator('#measurements-heading').boundingBox()).y - 8;
  const last = await page.locator('#measurements figure.chart:visible').last().boundingBox();
  const body = await page.locator('body').boundingBox();
  await page.screenshot({ path: OUT, fullPage: true, clip: { x: body.x, y: top, width: body.width, height: last.y + last.height + 12 - top } });
  process.stdout.write(`Wrote ${OUT} from cqc report of the demo repo (${shown} of its ${count} charts).\n`);
  await context.close();
} finally {
  rmSync(work, { recursive: true, force: true });
}
