// The SPC chart's structure as a string: which chart, which lines and marks, the axis rules, both
// measurements of a day, escaping, and the icons and words. How it looks is chart-browser.test.ts.
import { describe, expect, it } from 'vitest';
import { valueAxis } from '../../src/spc/axis.js';
import { assuranceIcon, targetChart, ukDate, variationIcon, verdictWords } from '../../src/spc/chart.js';
import { chartInput, GALLERY } from './gallery.js';

const count = (svg: string, pattern: RegExp) => (svg.match(new RegExp(pattern.source, 'g')) ?? []).length;
/** The numbers printed on the value axis, lowest first. */
const ticks = (svg: string) => [...svg.matchAll(/<text class="tick"[^>]*>([^<]*)<\/text>/g)].map((m) => Number(m[1]!.replace('\u2212', '-'))).sort((a, b) => a - b);
const legendText = (svg: string) => /<g class="legend">([\s\S]*?)<\/g>/.exec(svg)![1]!;

describe('the XmR chart', () => {
  const input = GALLERY.screening!;
  const svg = targetChart(input);

  it('is an XmR chart once there are spc_min_points dates, with mean, both limits and the goal', () => {
    expect(input.spc.judged).toBe(true);
    expect(svg).toMatch(/^<svg [^>]*data-chart="xmr"/);
    expect(count(svg, /<line class="mean"/)).toBe(1);
    expect(count(svg, /<line class="limit lower"/)).toBe(1);
    // The upper limit (100.3%) is above what a percentage can be: not drawn, and the key says so.
    expect(input.spc.limits!.upper).toBeGreaterThan(100);
    expect(count(svg, /<line class="limit upper"/)).toBe(0);
    expect(legendText(svg)).toContain('(upper off the scale)');
    expect(count(svg, /<line class="goal"/)).toBe(1);
    expect(legendText(svg)).toContain('Goal: at least 95%');
  });

  it('joins the day points in date order, one vertex per date', () => {
    const vertices = /<polyline class="data" points="([^"]*)"/.exec(svg)![1]!.split(' ').map((p) => Number(p.split(',')[0]));
    expect(vertices).toHaveLength(input.spc.points.length);
    expect(vertices).toEqual([...vertices].sort((a, b) => a - b));
  });

  it('marks each special-cause point by shape: a diamond for improvement, a square for concern', () => {
    const improvements = input.spc.points.filter((p) => p.variation === 'improvement').length;
    const concerns = input.spc.points.filter((p) => p.variation === 'concern').length;
    expect(improvements).toBeGreaterThan(0);
    expect(concerns).toBeGreaterThan(0);
    expect(count(svg, /<path class="point improvement"/)).toBe(improvements);
    expect(count(svg, /<rect class="point concern"/)).toBe(concerns);
    expect(count(svg, /<circle class="point common"/)).toBe(input.spc.points.length - improvements - concerns);
    // The key, inside the chart, shows both shapes.
    expect(legendText(svg)).toMatch(/<path class="key improvement"[\s\S]*Special cause: improvement/);
    expect(legendText(svg)).toMatch(/<rect class="key concern"[\s\S]*Special cause: concern/);
  });

  it('says why a point is special in its tooltip', () => {
    expect(svg).toMatch(/<rect class="point concern"[^>]*><title>NUT-004-E02, 8\u00a0Jun\u00a02026: 88%\. Special cause, concern: a run of 7 or more on one side of the mean\.<\/title>/);
    expect(svg).toContain('86%. Special cause, concern: a run of 7 or more on one side of the mean; 2 of 3 points close to a process limit.');
  });

  it('draws both measurements taken on one date, the one SPC does not use beside the other', () => {
    const date = '2026-08-03';
    const marks = [...svg.matchAll(new RegExp(`<circle class="point ([\\w-]+)" data-date="${date}" data-value="(\\d+)" cx="([\\d.]+)"`, 'g'))];
    expect(marks.map((m) => [m[1], m[2]]).sort()).toEqual([['common', '91'], ['same-day', '97']]);
    const [spcX, otherX] = [Number(marks.find((m) => m[1] === 'common')![3]), Number(marks.find((m) => m[1] === 'same-day')![3])];
    expect(otherX - spcX).toBeGreaterThanOrEqual(7);
    expect(legendText(svg)).toContain('Another measurement that day (SPC uses the worst)');
  });

  it('writes dates on the x axis the UK way, on one line', () => {
    expect(svg).toContain('<text class="date"');
    expect(svg).toMatch(/>1\u00a0Jun\u00a02026<\/text>/);
    expect(ukDate('2026-10-06')).toBe('6\u00a0Oct\u00a02026');
  });
});

describe('the run chart', () => {
  it('is drawn below spc_min_points: points, median and goal, no limits and no special-cause marks', () => {
    // Eleven dates with a wild last point: the engine flags it, but a run chart has no limits to judge by.
    const input = chartInput({ actionId: 'RUN-1', measure: 'Falls', unit: 'count', goal: 2, direction: 'at_most', values: [2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 40] });
    expect(input.spc.judged).toBe(false);
    expect(input.spc.points[10]!.rules).toContain('outside-limits');
    const svg = targetChart(input);
    expect(svg).toMatch(/^<svg [^>]*data-chart="run"/);
    expect(svg).toContain('Run chart: 11 of 12 dates needed for SPC limits');
    expect(count(svg, /<line class="median"/)).toBe(1);
    expect(legendText(svg)).toContain('Median 3');
    expect(count(svg, /class="limit/)).toBe(0);
    expect(count(svg, /class="mean"/)).toBe(0);
    expect(count(svg, /class="point (improvement|concern)"/)).toBe(0);
    expect(count(svg, /<circle class="point common"/)).toBe(11);
  });

  it('draws a single date, measured twice, as two marks side by side', () => {
    const svg = targetChart(chartInput({ actionId: 'ONE-1', measure: 'First audit', unit: 'percent', goal: 90, direction: 'at_least', values: [[80, 95]] }));
    const xs = [...svg.matchAll(/<circle class="point ([\w-]+)" data-date="2026-06-01" data-value="(\d+)" cx="([\d.]+)"/g)].map((m) => [m[1], m[2], Number(m[3])] as const);
    expect(xs.map(([kind, value]) => [kind, value])).toEqual([['same-day', '95'], ['common', '80']]);
    expect(Math.abs(xs[0]![2] - xs[1]![2])).toBeGreaterThanOrEqual(7);
    expect(svg).toContain('Run chart: 1 of 12 dates needed for SPC limits');
  });

  it('says so when there is nothing to draw', () => {
    const svg = targetChart(chartInput({ actionId: 'NONE-1', measure: 'Nothing yet', unit: 'percent', goal: 90, direction: 'at_least', values: [] }));
    expect(svg).toContain('No measurements yet');
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
  });
});

describe('the value axis', () => {
  it('starts counts and days at zero, in whole numbers, and leaves a limit below zero off', () => {
    const svg = targetChart(GALLERY.falls!);
    expect(ticks(svg)[0]).toBe(0);
    expect(ticks(svg).every(Number.isInteger)).toBe(true);
    expect(GALLERY.falls!.spc.limits!.lower).toBeLessThan(0);
    expect(count(svg, /class="limit lower"/)).toBe(0);
    expect(legendText(svg)).toContain('(lower off the scale)');
    expect(ticks(targetChart(GALLERY.reviews!))[0]).toBe(0);
    expect(valueAxis('days', [4, 9]).lo).toBe(0);
  });

  it('covers 0–100 for per cent when the data spread widely, with no break', () => {
    const svg = targetChart(GALLERY.feedback!);
    expect(ticks(svg)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(svg).not.toContain('axis-break');
    expect(svg).toMatch(/<text class="axis-title"[^>]*>Per cent<\/text>/);
  });

  it('narrows the per cent band when the data need it, and the axis says so', () => {
    const svg = targetChart(GALLERY.screening!);
    expect(ticks(svg)[0]).toBeGreaterThan(0);
    expect(ticks(svg).at(-1)).toBe(100);
    expect(svg).toContain('<g class="axis-break">');
    expect(svg).toMatch(/<text class="axis-title"[^>]*>Per cent \(axis 80–100%\)<\/text>/);
  });

  it('never zooms a steady per cent series into a cliff, nor past 0 or 100', () => {
    const steady = valueAxis('percent', [100, 100, 99]);
    expect(steady.hi).toBe(100);
    expect(steady.hi - steady.lo).toBeGreaterThanOrEqual(5);
    const low = valueAxis('percent', [1, 4, 2]);
    expect(low.lo).toBe(0);
    expect(low.broken).toBe(false);
    expect(low.note).toMatch(/^axis 0–\d+%$/);
  });
});

describe('escaping and self-containment', () => {
  const svg = targetChart(chartInput({ actionId: 'ESC-1', targetId: 'a&b', measure: 'Beds <script>alert("x")</script> & \'more\'', unit: 'other', goal: 1, direction: 'at_least', values: [1, 2] }));

  it('escapes the measure and the ids', () => {
    expect(svg).not.toContain('<script');
    expect(svg).toContain('Beds &lt;script&gt;alert("x")&lt;/script&gt; &amp; \'more\'');
    expect(svg).toContain('data-target="a&amp;b"');
  });

  it('holds no scripts, links, fonts or images', () => {
    for (const svgText of Object.values(GALLERY).map(targetChart).concat(svg)) {
      expect(svgText).not.toMatch(/<script|href=|url\(|@import|<image|<foreignObject|on[a-z]+=/i);
    }
  });
});

describe('the variation and assurance icons and words', () => {
  it('shows H or L for special cause by which way is good, filled for improvement and ringed for concern', () => {
    expect(variationIcon('improvement', 'at_least')).toMatch(/class="spc-icon variation improvement"[\s\S]*<title>Special cause variation showing improvement \(higher values\)<\/title>[\s\S]*>H<\/text>/);
    expect(variationIcon('improvement', 'at_most')).toMatch(/>L<\/text>/);
    expect(variationIcon('concern', 'at_least')).toMatch(/class="spc-icon variation concern"[\s\S]*fill="#fff"[\s\S]*>L<\/text>/);
    expect(variationIcon('concern', 'at_most')).toMatch(/>H<\/text>/);
    expect(variationIcon('common-cause', 'at_least')).toMatch(/<title>Common cause variation<\/title>[\s\S]*<path d="M8 16h16"/);
    expect(variationIcon(null, 'at_least')).toMatch(/<title>Variation not judged: too few points<\/title>/);
  });

  it('shows P, F and ? for assurance, each with its title', () => {
    expect(assuranceIcon('consistent-pass')).toMatch(/<title>Assurance: consistent pass<\/title>[\s\S]*>P<\/text>/);
    expect(assuranceIcon('consistent-fail')).toMatch(/<title>Assurance: consistent fail<\/title>[\s\S]*>F<\/text>/);
    expect(assuranceIcon('hit-and-miss')).toMatch(/<title>Assurance: hit and miss<\/title>[\s\S]*>\?<\/text>/);
    expect(assuranceIcon(null)).toMatch(/stroke-dasharray/);
    for (const icon of [assuranceIcon('hit-and-miss'), variationIcon('concern', 'at_most')]) expect(icon).toMatch(/^<svg [^>]*role="img" aria-label="[^"]+"/);
  });

  it('gives the verdict in plain English', () => {
    expect(verdictWords(GALLERY.falls!.spc)).toBe('Common cause variation; the goal will sometimes be missed (hit and miss)');
    expect(verdictWords(GALLERY.screening!.spc)).toBe('Special cause variation showing improvement; the goal will sometimes be missed (hit and miss)');
    expect(verdictWords(GALLERY.early!.spc)).toBe('Too few measurements for SPC (6 of 12 dates); no variation or assurance verdict yet');
    const steady = chartInput({ actionId: 'OK-1', measure: 'x', unit: 'percent', goal: 100, direction: 'at_least', values: Array(12).fill(100) });
    expect(verdictWords(steady.spc)).toBe('Common cause variation; the goal will consistently be met (consistent pass)');
  });
});
