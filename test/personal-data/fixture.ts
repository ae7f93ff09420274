// Test helpers written apart from src/personal-data, so a shared mistake cannot pass unnoticed.
import { findPersonalData, type PersonalDataHit, type PersonalDataKind } from '../../src/personal-data/index.js';

/**
 * The NHS check digit by a different route from src: weights 2..10 over the nine digits read
 * right to left; (11 − sum mod 11) mod 11 folds 11 into 0 and leaves 10, which no number may use.
 */
export function nhsCheckDigit(firstNine: string): number | undefined {
  const sum = [...firstNine].reverse().reduce((acc, d, i) => acc + Number(d) * (i + 2), 0);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? undefined : check;
}

/** The ten-digit number for nine digits that admit one; throws for those that do not. */
export function withCheckDigit(firstNine: string): string {
  const check = nhsCheckDigit(firstNine);
  if (check === undefined) throw new Error(`${firstNine} has no valid check digit`);
  return `${firstNine}${check}`;
}

export function spaced(ten: string, separator = ' '): string {
  return `${ten.slice(0, 3)}${separator}${ten.slice(3, 6)}${separator}${ten.slice(6)}`;
}

/** Scans with no provider patterns and keeps only the hits of one kind. */
export function hitsOf(text: string, kind: PersonalDataKind): PersonalDataHit[] {
  return findPersonalData(text, []).filter((h) => h.kind === kind);
}

/** Where `needle` starts in `text`, 1-based, counted here rather than by the code under test. */
export function placeOf(text: string, needle: string, from = 0): { line: number; column: number } {
  const offset = text.indexOf(needle, from);
  if (offset === -1) throw new Error('needle not in text');
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1] ?? '').length + 1 };
}

/** A small seeded generator (mulberry32): the property test is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
