// The meeting pack, its group views and the action plan as they print: A4 width in print media,
// in Debian's chromium (playwright-core; a missing browser fails the run). Nothing sticks out of
// the page, ids and dates never break across lines, every text reads in black and white, SPC marks
// have real size and distinct shapes with no label on another, and no page holds only a legend.
// Made by the built CLI from real YAML. Set REPORT_SCREENSHOT_DIR to keep each page's colour and
// greyscale print screenshots to look at.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/browser.js';
import { cqc } from '../helpers/cli.js';
import { pdfPageTexts } from '../helpers/pdf-text.js';
import { ensureBuilt } from '../meeting/built-cli.js';
import { GROUP_AS_OF, writeGroup } from '../meeting/group-fixture.js';
import { closeReopenHold } from '../meeting/trail-story.js';
import { nadia } from '../audit/fixture.js';
import { cleanupRepos } from '../git/helpers.js';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** A4 less the pack's 14 mm side margins, in CSS pixels: the width print lays the page out at. */
const A4_CONTENT_PX = Math.floor(((210 - 2 * 14) / 25.4) * 96);

interface Box { x: number; y: number; width: number; height: number }
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
/** Lines that only explain marks or colours: a page of nothing but these is a page wasted. */
const LEGEND = [
  /^(RED|AMBER|GREEN)\b.*=/, /^(due within|on track|.*closed cleanly\.)/, /^Produced by cqc report/,
  /^(Measurement|Mean |Median |Process limits |Goal: |Special cause: |Another measurement that day|Before .*not in the SPC)/,
];

/** Each document, and the CLI arguments that make it: the group's YAML, or (git) a story in git. */
const DOCUMENTS: [string, string[]][] = [
  ['the pack by location', ['report', '--by', 'location', '--no-git']],
  ['the pack by quality statement', ['report', '--by', 'statement', '--no-git']],
  ['the action plan', ['report', '--action-plan', '--no-git']],
  ['the pack read from git', ['report', '--since', '2026-10-01']],
];

describe('cqc report printed on A4', () => {
  let context: BrowserContext | undefined;
  let profile = '';
  let repo = '';
  let story = '';
  const shots = process.env.REPORT_SCREENSHOT_DIR ?? '';

  beforeAll(async () => {
    const executablePath = requireChromium();
    ensureBuilt();
    repo = writeGroup();
    story = closeReopenHold(nadia).dir;
    profile = mkdtempSync(join(tmpdir(), 'cqc-print-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: ARGS, offline: true });
    if (shots) mkdirSync(shots, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    cleanupRepos();
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  /** The document made by the built CLI, open in print media at A4 content width. */
  async function printed(name: string, args: string[]): Promise<Page> {
    const dir = args.includes('--no-git') ? repo : story;
    const file = join(dir, `${args.join('-').replace(/[^a-z-]/g, '')}.html`);
    const made = cqc([...args, '--as-of', GROUP_AS_OF, '--format', 'html', '-o', file], { cwd: dir });
    expect(made.code, made.stderr).toBe(0);
    const page = await context!.newPage();
    await page.setViewportSize({ width: A4_CONTENT_PX, height: 1000 });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    if (shots) {
      const base = join(shots, name.replace(/\W+/g, '-'));
      await page.screenshot({ path: `${base}-colour.png`, fullPage: true });
      await page.addStyleTag({ content: 'html { filter: grayscale(1); }' });
      await page.screenshot({ path: `${base}-greyscale.png`, fullPage: true });
      await page.pdf({ path: `${base}.pdf`, format: 'A4', printBackground: true });
    }
    return page;
  }

  it.each(DOCUMENTS)('%s fits the width of an A4 page', async (name, args) => {
    const page = await printed(name, args);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(A4_CONTENT_PX);
    const wide = await page.locator('table, figure, svg.spc-chart, .item').evaluateAll((els, max) => els
      .map((e) => ({ what: `${e.tagName.toLowerCase()}.${e.className}`, right: e.getBoundingClientRect().right }))
      .filter((e) => e.right > max + 0.5), A4_CONTENT_PX);
    expect(wide).toEqual([]);
    await page.close();
  }, 60_000);

  it.each(DOCUMENTS)('%s never breaks an id or a date across lines', async (name, args) => {
    const page = await printed(name, args);
    const pieces = await page.locator('.id, time, .nw, .rule-id').evaluateAll((els) => els.map((e) => ({ text: e.textContent ?? '', lines: e.getClientRects().length })));
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.filter((p) => p.lines !== 1)).toEqual([]);
    // Every record id and date in the text is inside one of them.
    const loose = await page.evaluate(() => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement;
        if (!parent || parent.closest('.id, time, .nw, .rule-id, svg, title')) continue;
        const hits = (n.textContent ?? '').match(/\b(\d{4}-\d{2}-\d{2}|[A-Z]{2,}[A-Z0-9]*(-[A-Z0-9]+)+)\b/g);
        if (hits) out.push(...hits);
      }
      return out;
    });
    expect(loose).toEqual([]);
    await page.close();
  }, 60_000);

  it.each(DOCUMENTS)('%s reads in black and white: every text has contrast, RAG differs by border as well as colour', async (name, args) => {
    const page = await printed(name, args);
    const weak = await page.evaluate(() => {
      const lum = (c: string) => {
        const [r, g, b] = (c.match(/[\d.]+/g) ?? ['0', '0', '0']).map(Number).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const background = (e: Element | null): string => {
        for (let at = e; at; at = at.parentElement) {
          const bg = getComputedStyle(at).backgroundColor;
          if (bg && !/rgba\(.*,\s*0\)$/.test(bg) && bg !== 'transparent') return bg;
        }
        return 'rgb(255, 255, 255)';
      };
      const out: string[] = [];
      for (const e of document.querySelectorAll('body *')) {
        const own = [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim());
        if (!own || e.closest('title, style')) continue;
        const style = getComputedStyle(e);
        const ink = e instanceof SVGElement ? style.fill : style.color;
        // An icon's glyph sits on the icon's own disc; other chart text on the page.
        const disc = e.closest('svg.spc-icon')?.querySelector('circle');
        const under = disc ? getComputedStyle(disc).fill : background(e instanceof SVGElement ? e.closest('svg')!.parentElement : e);
        const [a, b] = [lum(ink), lum(under)];
        const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        if (ratio < 4.5) out.push(`${e.tagName} "${(e.textContent ?? '').trim().slice(0, 30)}" ${ratio.toFixed(2)}`);
      }
      return out;
    });
    expect(weak).toEqual([]);
    const borders = await page.locator('.rag').evaluateAll((els) => [...new Set(els.map((e) => `${e.textContent}:${getComputedStyle(e).borderTopStyle}`))].sort());
    expect(borders.length).toBeGreaterThanOrEqual(2);
    expect(new Set(borders.map((b) => b.split(':')[1])).size).toBe(borders.length);
    await page.close();
  }, 60_000);

  it('draws special-cause points with real size and distinct shapes, and no chart label on another', async () => {
    const page = await printed('the pack', ['report', '--no-git']);
    const improvement = page.locator('figure[data-action="GOV-001"] .point.improvement').first();
    const concern = page.locator('figure[data-action="GOV-001"] .point.concern').first();
    const common = page.locator('figure[data-action="GOV-001"] .point.common').first();
    for (const mark of [improvement, concern, common]) {
      const box = (await mark.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(6);
      expect(box.height).toBeGreaterThanOrEqual(6);
    }
    expect((await improvement.boundingBox())!.width).toBeGreaterThanOrEqual(9);
    const shapes = await Promise.all([improvement, concern, common].map((m) => m.evaluate((e) => e.tagName)));
    expect(new Set(shapes).size).toBe(3);

    const charts = page.locator('svg.spc-chart');
    expect(await charts.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      const labels = await charts.nth(i).locator('text').evaluateAll((ts) => ts.map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
      }));
      for (let a = 0; a < labels.length; a++) {
        for (let b = a + 1; b < labels.length; b++) expect(overlaps(labels[a]!, labels[b]!), `"${labels[a]!.text}" runs into "${labels[b]!.text}"`).toBe(false);
      }
    }
    // Each chart's key is drawn inside the chart, and the figure never splits across pages.
    expect(await page.locator('figure.chart').evaluateAll((fs) => fs.every((f) => getComputedStyle(f).breakInside === 'avoid' && f.querySelector('svg.spc-chart g.legend') !== null))).toBe(true);
    await page.close();
  }, 60_000);

  it.each(DOCUMENTS)('%s has no page holding only a legend or a footer', async (name, args) => {
    const page = await printed(name, args);
    const pages = pdfPageTexts((await page.pdf({ format: 'A4', printBackground: true })) as Buffer);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]).toMatch(/^(Governance meeting pack|Action plan)\n/);
    const onlyLegend = pages.map((text, i) => ({ page: i + 1, text })).filter((p) => p.text.split('\n').every((line) => LEGEND.some((l) => l.test(line))));
    expect(onlyLegend).toEqual([]);
    await page.close();
  }, 60_000);
});
