// The HTML meeting pack in a real headless browser (Debian's chromium, driven by playwright-core):
// it renders, asks for nothing over the network, logs no errors, its numbers match
// `cqc check --format json`, and it prints to A4. A missing browser fails the run (see helpers/browser).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/browser.js';
import { cqc } from '../helpers/cli.js';
import { ensureBuilt, examplesRepo, measuredActions } from '../meeting/built-cli.js';
import { AS_OF, writeFixture } from '../meeting/fixture.js';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
describe('cqc report HTML in headless chromium', () => {
  let context: BrowserContext | undefined;
  let profile = '';

  beforeAll(async () => {
    const executablePath = requireChromium();
    ensureBuilt();
    profile = mkdtempSync(join(tmpdir(), 'cqc-chromium-profile-'));
    context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: ARGS, offline: true });
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const repos: [string, () => { dir: string; args: string[] }][] = [
    ['the test fixture (errors, warnings, all sections filled)', () => ({ dir: writeFixture(), args: ['--no-git', '--as-of', AS_OF] })],
    ['the bundled examples in a git repo', () => ({ dir: examplesRepo(), args: ['--as-of', '2026-11-26'] })],
  ];

  it.each(repos)('renders %s with the numbers of cqc check', async (_name, make) => {
    const { dir, args } = make();
    const check = cqc(['check', ...args, '--format', 'json'], { cwd: dir });
    expect([0, 1]).toContain(check.code);
    const json = JSON.parse(check.stdout) as { summary: Record<string, number>; actions: { status: string }[] };
    const made = cqc(['report', ...args, '--format', 'html', '-o', 'pack.html'], { cwd: dir });
    expect(made.code).toBe(0);
    const file = join(dir, 'pack.html');
    expect(readFileSync(file, 'utf8')).toContain('<svg');

    const page = await context!.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
    page.on('request', (r) => requests.push(r.url()));
    const url = pathToFileURL(file).href;
    const response = await page.goto(url, { waitUntil: 'load' });
    expect(response?.ok()).toBe(true);

    // The page is static and fully loaded: what is visible now is what a reader sees, so no polling.
    expect(await page.getByRole('heading', { name: 'Summary', level: 2 }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Governance meeting pack');

    for (const key of ['actions', 'evidence', 'errors', 'warnings', 'waived']) {
      const box = page.locator(`#count-${key}`);
      expect(await box.getAttribute('data-value'), key).toBe(String(json.summary[key]));
      expect(await box.locator('dd').innerText(), key).toBe(String(json.summary[key]));
    }
    for (const status of new Set(json.actions.map((a) => a.status))) {
      const expected = json.actions.filter((a) => a.status === status).length;
      expect(await page.locator(`#by-status tr[data-status="${status}"]`).getAttribute('data-value'), status).toBe(String(expected));
    }
    const ragTotal = await page.locator('#by-rag tr').evaluateAll((rows) => rows.reduce((n, r) => n + Number(r.getAttribute('data-value') ?? 0), 0));
    expect(ragTotal).toBe(await page.locator('#actions tbody tr').count());

    const charts = page.locator('svg.spc-chart');
    const measured = measuredActions(dir);
    expect(await charts.evaluateAll((svgs) => svgs.map((s) => s.getAttribute('data-action')))).toEqual(measured);
    for (let i = 0; i < measured.length; i++) {
      const chart = charts.nth(i);
      expect(await chart.isVisible()).toBe(true);
      expect((await chart.boundingBox())!.width).toBeGreaterThan(200);
      expect(await chart.locator('title').first().textContent()).toMatch(new RegExp(`^${measured[i]}( \\([a-z0-9-]+\\))?: `));
    }
    expect(await page.locator('.rag').first().innerText()).toMatch(/^(RED|AMBER|GREEN)$/);

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);

    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
    await page.close();
  }, 60_000);
});
