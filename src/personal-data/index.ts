// Whatever is committed stays in every clone for ever: personal data must be caught before it enters history.
import { createHash } from 'node:crypto';
import { makeHit, type PersonalDataHit, type PersonalDataKind } from './hit.js';
import { personalDataMatches } from './matches.js';
import { lineLocator } from './positions.js';

export { isTextAttachment } from './attachments.js';
export { withoutLocationIds } from './location-ids.js';
export { personalDataPhrase, type PersonalDataHit, type PersonalDataKind } from './hit.js';
export { hasValidNhsCheckDigit } from './nhs-number.js';
export { compileProviderPatterns, type PatternProblem } from './provider-patterns.js';
export { type DataOptions, withholdInData, withholdPersonalData, WITHHELD } from './withhold.js';

/**
 * Every NHS number, National Insurance number, date of birth and provider-pattern match in the raw
 * text of a file (comments included: they are in history too), in text order. Hits say what and
 * where, never the text: the detectors hand back offsets only, so the value never leaves here.
 * `extraPatterns` should come from compileProviderPatterns, which screens out patterns that hang.
 */
export function findPersonalData(text: string, extraPatterns: readonly RegExp[]): PersonalDataHit[] {
  return findPersonalDataKeyed(text, extraPatterns).map((k) => k.hit);
}

/** A hit with an opaque key: equal keys mean the same identifier, however it was spaced or cased. */
export interface KeyedHit { hit: PersonalDataHit; key: string }

/**
 * As findPersonalData, each hit with a key for telling whether a later version of a file still holds
 * the same identifier (the history audit reports where each one first appeared). The key is a
 * salted digest, kept in memory only: it is never printed, so it cannot become a way to look one up.
 */
export function findPersonalDataKeyed(text: string, extraPatterns: readonly RegExp[]): KeyedHit[] {
  const matches = personalDataMatches(text, extraPatterns);
  if (matches.length === 0) return [];
  const locate = lineLocator(text);
  return matches.map(({ kind, offset, length, patternIndex }) => {
    const { line, column } = locate(offset);
    return { hit: makeHit(kind, line, column, patternIndex), key: keyOf(kind, text.slice(offset, offset + length), patternIndex) };
  });
}

// Per process: the keys are only ever compared within one run.
const SALT = createHash('sha256').update(`${process.pid}:${Date.now()}:${Math.random()}`).digest();

function keyOf(kind: PersonalDataKind, value: string, patternIndex: number | undefined): string {
  const normal = kind === 'nhs-number' || kind === 'ni-number' ? value.replace(/[\s-]/g, '').toUpperCase() : value.toLowerCase();
  return createHash('sha256').update(SALT).update(`${kind}:${patternIndex ?? ''}:${normal}`).digest('base64');
}
