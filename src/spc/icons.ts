// The variation and assurance icons of NHS England's "Making Data Count", as small inline SVG, and
// the same verdict in plain words. Filled means good news and an open ring a warning, so the icons
// still read in greyscale; each carries its words as a <title> for screen readers.
import { xmlAttr as attr, xmlText as text } from '../report/xml.js';
import type { Assurance, Direction, Variation, XmrResult } from './xmr.js';

const BLUE = '#17509a';
const ORANGE = '#c25400';
const GREY = '#5f5f5f';
const SIZE = 32;

const VARIATION_WORDS: Record<Variation, string> = {
  improvement: 'Special cause variation showing improvement',
  concern: 'Special cause variation of concern',
  'common-cause': 'Common cause variation',
};

const ASSURANCE_WORDS: Record<Assurance, string> = {
  'consistent-pass': 'the goal will consistently be met (consistent pass)',
  'consistent-fail': 'the goal will consistently be missed unless the process changes (consistent fail)',
  'hit-and-miss': 'the goal will sometimes be missed (hit and miss)',
};

/** The verdict in plain English for a quality lead, e.g. "Common cause variation; the goal will sometimes be missed (hit and miss)". */
export function verdictWords(spc: Pick<XmrResult, 'judged' | 'variation' | 'assurance' | 'points' | 'minPoints'>): string {
  if (!spc.judged || spc.variation === null || spc.assurance === null) {
    const needed = Math.max(spc.minPoints, 2);
    return `Too few measurements for SPC (${spc.points.length} of ${needed} dates); no variation or assurance verdict yet`;
  }
  return `${VARIATION_WORDS[spc.variation]}; ${ASSURANCE_WORDS[spc.assurance]}`;
}

interface Badge { label: string; kind: string; filled: boolean; colour: string; glyph: string }

function icon(b: Badge): string {
  const fill = b.filled ? b.colour : '#fff';
  const ink = b.filled ? '#fff' : b.colour;
  const ring = b.kind.endsWith('unknown') ? ' stroke-dasharray="3 2"' : '';
  const glyph = b.glyph === 'flat'
    ? `<path d="M8 16h16" stroke="${GREY}" stroke-width="3" stroke-linecap="round"/>`
    : `<text x="16" y="16" dy="0.35em" text-anchor="middle" font-size="${b.glyph.length > 1 ? 9 : 16}" font-weight="700" fill="${ink}">${text(b.glyph)}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" class="spc-icon ${b.kind}" viewBox="0 0 ${SIZE} ${SIZE}" width="${SIZE}" height="${SIZE}" role="img" aria-label="${attr(b.label)}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">`
    + `<title>${text(b.label)}</title>`
    + `<circle cx="16" cy="16" r="14" fill="${fill}" stroke="${b.colour}" stroke-width="${b.filled ? 1 : 3}"${ring}/>`
    + glyph + '</svg>';
}

/**
 * H or L in a circle for special cause (high or low: which one is improvement depends on the
 * target's direction), filled blue for improvement, an orange ring for concern; a flat line in a grey
 * ring for common cause; a dashed ring when there are too few points to judge.
 */
export function variationIcon(variation: Variation | null, direction: Direction): string {
  if (variation === null) return icon({ label: 'Variation not judged: too few points', kind: 'variation unknown', filled: false, colour: GREY, glyph: 'n/a' });
  if (variation === 'common-cause') return icon({ label: VARIATION_WORDS[variation], kind: 'variation common-cause', filled: false, colour: GREY, glyph: 'flat' });
  const high = (variation === 'improvement') === (direction === 'at_least');
  const label = `${VARIATION_WORDS[variation]} (${high ? 'higher' : 'lower'} values)`;
  return variation === 'improvement'
    ? icon({ label, kind: 'variation improvement', filled: true, colour: BLUE, glyph: high ? 'H' : 'L' })
    : icon({ label, kind: 'variation concern', filled: false, colour: ORANGE, glyph: high ? 'H' : 'L' });
}

/** P filled blue for a consistent pass, F in an orange ring for a consistent fail, ? in grey for hit and miss. */
export function assuranceIcon(assurance: Assurance | null): string {
  switch (assurance) {
    case 'consistent-pass': return icon({ label: 'Assurance: consistent pass', kind: 'assurance consistent-pass', filled: true, colour: BLUE, glyph: 'P' });
    case 'consistent-fail': return icon({ label: 'Assurance: consistent fail', kind: 'assurance consistent-fail', filled: false, colour: ORANGE, glyph: 'F' });
    case 'hit-and-miss': return icon({ label: 'Assurance: hit and miss', kind: 'assurance hit-and-miss', filled: false, colour: GREY, glyph: '?' });
    default: return icon({ label: 'Assurance not judged: too few points', kind: 'assurance unknown', filled: false, colour: GREY, glyph: 'n/a' });
  }
}
