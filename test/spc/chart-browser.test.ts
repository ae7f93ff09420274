// The SPC charts as a browser draws them (Debian's chromium, driven by playwright-core): special-cause
// marks have real size and different shapes, improvement and concern stay apart in greyscale, two
// measurements on one date do not overlap, no label runs into another, and every chart fits A4.
// Set SPC_SCREENSHOT_DIR to keep the page and its colour and greyscale screenshots for a person to look at.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assuranceIcon, targetChart, variationIcon } from '../../src/spc/chart.js';
import { requireChromium } from '../helpers/browser.js';
import { GALLERY, galleryPage } from './gallery.js';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** A4 is 210 mm wide, 793.7 CSS px; the meeting pack prints with 14 mm margins each side. */
const A4_CONTENT_PX = ((210 - 2 * 14) / 25.4) * 96;

interface Box { x: number; y: number; width: number; height: number }
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box, outer: Box) => a.x >= outer.x - 0.5 && a.y >= outer.y - 0.5 && a.x + a.width <= outer.x + outer.width + 0.5 && a.y + a.height <= outer.y + outer.height + 0.5;

/** Relative luminance (0 black … 1 white) of a computed CSS colour such as "rgb(29, 91, 166)". */
function luminance(colour: string): number {
  const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((c) => c / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('SPC charts in headless chromium', () => {
  let context: BrowserContext | undefined;
  let profile = '';
  let page: Page;
  const shots = process.env.SPC_SCREENSHOT_DIR ?? '';

  beforeAll(async () => {
    const executablePath = requireChromium();
    profile = mkdtempSync(join(tmpdir(), 'cqc-spc-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: ARGS, offline: true, viewport: { width: 794, height: 1123 } });
    page = await context.newPage();
    await page.setContent(galleryPage(), { waitUntil: 'load' });
    if (shots) {
      mkdirSync(shots, { recursive: true });
      writeFileSync(join(shots, 'spc-gallery.html'), galleryPage());
      await page.screenshot({ path: join(shots, 'spc-colour.png'), fullPage: true });
      const grey = await context.newPage();
      await grey.setContent(galleryPage(true), { waitUntil: 'load' });
      await grey.screenshot({ path: join(shots, 'spc-greyscale.png'), fullPage: true });
      await grey.close();
    }
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('fits every chart within the width of an A4 page at its own size, so its text prints as designed', async () => {
    const sizes = await page.locator('svg.spc-chart').evaluateAll((svgs) => svgs.map((s) => [s.getBoundingClientRect().width, Number(s.getAttribute('width'))]));
    expect(sizes).toHaveLength(Object.keys(GALLERY).length);
    for (const [drawn, designed] of sizes) {
      expect(drawn).toBeGreaterThan(400);
      expect(drawn).toBeLessThanOrEqual(A4_CONTENT_PX);
      // Not shrunk by max-width to fit: a chart squeezed onto the page would print with tiny labels.
      expect(drawn).toBeCloseTo(designed!, 0);
    }
  });

  it('draws improvement and concern with different shapes of real size that stay apart in greyscale', async () => {
    const improvement = page.locator('#screening .point.improvement').first();
    const concern = page.locator('#falls .point.concern').first();
    for (const mark of [improvement, concern]) {
      const box = (await mark.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(9);
      expect(box.height).toBeGreaterThanOrEqual(9);
    }
    const shape = (l: typeof improvement) => l.evaluate((e) => e.tagName);
    const fill = (l: typeof improvement) => l.evaluate((e) => getComputedStyle(e).fill);
    expect(await shape(improvement)).not.toBe(await shape(concern));
    // Filled dark against open white: a greyscale printer cannot merge them.
    expect(luminance(await fill(improvement))).toBeLessThan(0.3);
    expect(luminance(await fill(concern))).toBeGreaterThan(0.9);
    const common = page.locator('#screening .point.common').first();
    expect(await shape(common)).not.toBe(await shape(improvement));
  });

  it('shows both measurements taken on one date, side by side', async () => {
    for (const id of ['screening', 'early']) {
      const sameDay = page.locator(`#${id} .point.same-day`);
      expect(await sameDay.count()).toBe(1);
      const date = await sameDay.getAttribute('data-date');
      const marks = page.locator(`#${id} .point[data-date="${date}"]`);
      expect(await marks.count()).toBe(2);
      const [a, b] = [(await marks.nth(0).boundingBox())!, (await marks.nth(1).boundingBox())!];
      expect(overlaps(a, b), `${id}: the two marks on ${date} overlap`).toBe(false);
    }
  });

  it('keeps every label apart and inside its chart', async () => {
    for (const id of Object.keys(GALLERY)) {
      const svg = (await page.locator(`#${id} svg.spc-chart`).boundingBox())!;
      const labels = await page.locator(`#${id} svg.spc-chart text`).evaluateAll((ts) => ts.map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
      }));
      for (const l of labels) expect(inside(l, svg), `${id}: "${l.text}" sticks out of the chart`).toBe(true);
      // The y-axis title is rotated, so its box is tall; it never meets the other labels either.
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) {
          expect(overlaps(labels[i]!, labels[j]!), `${id}: "${labels[i]!.text}" runs into "${labels[j]!.text}"`).toBe(false);
        }
      }
    }
  });

  it('parses every chart and icon as well-formed SVG', async () => {
    const sources = [...Object.values(GALLERY).map(targetChart), variationIcon('concern', 'at_most'), assuranceIcon(null)];
    const errors = await page.evaluate((svgs) => svgs.map((s) => {
      const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
      return doc.querySelector('parsererror')?.textContent ?? (doc.documentElement.localName === 'svg' ? '' : 'not svg');
    }), sources);
    expect(errors).toEqual(sources.map(() => ''));
  });

  it('prints the gallery on A4 without asking for anything over the network', async () => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const pdf = await page.pdf({ format: 'A4', margin: { top: '16mm', bottom: '16mm', left: '0', right: '0' } });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(requests).toEqual([]);
  });
});
