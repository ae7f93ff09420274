// What each mark of an SPC chart looks like. Shape and fill carry the meaning and colour only helps,
// so a greyscale print still tells improvement (filled diamond) from concern (open square).
// Styles are presentation attributes, so a chart reads the same in any page, with no stylesheet.
import { xmlText as text } from '../report/xml.js';

export type PointKind = 'common' | 'improvement' | 'concern' | 'same-day' | 'before';
export type LineKind = 'data' | 'mean' | 'median' | 'limit' | 'goal';

export const INK = '#1b1b1b';
const BLUE = '#17509a'; // NHS "Making Data Count" blue for improvement, dark enough to print near black
const ORANGE = '#c25400'; // and orange: concern, dark enough to print as mid grey
const GREY = '#5f5f5f';

export const LINE_STYLE: Record<LineKind, string> = {
  data: 'fill="none" stroke="#8c8c8c" stroke-width="1.5"',
  mean: `stroke="${INK}" stroke-width="1.2"`,
  median: `stroke="${INK}" stroke-width="1.2"`,
  limit: `stroke="${INK}" stroke-width="1.2" stroke-dasharray="6 4"`,
  goal: 'stroke="#7a1010" stroke-width="2.4" stroke-dasharray="14 4 3 4"',
};

export function fmt(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** One point's mark, centred on (x, y), with its words as a tooltip. */
export function pointMark(kind: PointKind, x: number, y: number, tip = '', extra = ''): string {
  const title = tip ? `<title>${text(tip)}</title>` : '';
  const cls = `class="point ${kind}"${extra}`;
  switch (kind) {
    case 'improvement':
      return `<path ${cls} d="M${fmt(x)} ${fmt(y - 7.5)}l7.5 7.5l-7.5 7.5l-7.5 -7.5z" fill="${BLUE}" stroke="#0b2f5c" stroke-width="1">${title}</path>`;
    case 'concern':
      return `<rect ${cls} x="${fmt(x - 5.5)}" y="${fmt(y - 5.5)}" width="11" height="11" fill="#fff" stroke="${ORANGE}" stroke-width="2.5">${title}</rect>`;
    case 'same-day':
      return `<circle ${cls} cx="${fmt(x)}" cy="${fmt(y)}" r="3.5" fill="#fff" stroke="${GREY}" stroke-width="1.5">${title}</circle>`;
    case 'before':
      return `<circle ${cls} cx="${fmt(x)}" cy="${fmt(y)}" r="3.5" fill="#fff" stroke="#8a8a8a" stroke-width="1.2" stroke-dasharray="2 1.5">${title}</circle>`;
    default:
      return `<circle ${cls} cx="${fmt(x)}" cy="${fmt(y)}" r="3.5" fill="${GREY}">${title}</circle>`;
  }
}

export interface LegendEntry { swatch: PointKind | LineKind; label: string }

const ROW = 17;
/** A generous width per character at 11px, so labels never run into each other. */
const CHAR_WIDTH = 6.2;

/** The key, laid out in rows across `width` from (x, y); returns its marks and the height used. */
export function legend(entries: readonly LegendEntry[], x: number, y: number, width: number): { svg: string[]; height: number } {
  const svg = ['<g class="legend">'];
  let cx = x;
  let row = 0;
  for (const e of entries) {
    const w = 28 + e.label.length * CHAR_WIDTH;
    if (cx > x && cx + w > x + width) { row++; cx = x; }
    const cy = y + row * ROW;
    if (e.swatch in LINE_STYLE) {
      const style = LINE_STYLE[e.swatch as LineKind];
      svg.push(`<line class="key ${e.swatch}" x1="${fmt(cx)}" x2="${fmt(cx + 22)}" y1="${cy}" y2="${cy}" ${style}/>`);
    }
    // The key's marks are classed `key`, never `point`: they are not data.
    if (!(e.swatch in LINE_STYLE) || e.swatch === 'data') {
      svg.push(pointMark(e.swatch === 'data' ? 'common' : e.swatch as PointKind, cx + 11, cy).replace('class="point ', 'class="key '));
    }
    svg.push(`<text x="${fmt(cx + 27)}" y="${cy + 4}" font-size="11" fill="${INK}">${text(e.label)}</text>`);
    cx += w + 12;
  }
  svg.push('</g>');
  return { svg, height: (row + 1) * ROW };
}
