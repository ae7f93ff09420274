// Whatever is committed stays in every clone for ever: personal data must be caught before it enters history.
import { dateOfBirthStarts } from './date-of-birth.js';
import { makeHit, type MatchStart, type PersonalDataHit } from './hit.js';
import { niNumberStarts } from './ni-number.js';
import { nhsNumberStarts } from './nhs-number.js';
import { lineLocator } from './positions.js';
import { providerPatternStarts } from './provider-patterns.js';

export { isTextAttachment } from './attachments.js';
export { personalDataPhrase, type PersonalDataHit, type PersonalDataKind } from './hit.js';
export { hasValidNhsCheckDigit } from './nhs-number.js';
export { compileProviderPatterns, type PatternProblem } from './provider-patterns.js';

/**
 * Every NHS number, National Insurance number, date of birth and provider-pattern match in the raw
 * text of a file (comments included: they are in history too), in text order. Hits say what and
 * where, never the text: the detectors hand back offsets only, so the value never leaves here.
 * `extraPatterns` should come from compileProviderPatterns, which screens out patterns that hang.
 */
export function findPersonalData(text: string, extraPatterns: readonly RegExp[]): PersonalDataHit[] {
  const starts: MatchStart[] = [
    ...nhsNumberStarts(text).map((offset) => ({ kind: 'nhs-number' as const, offset })),
    ...niNumberStarts(text).map((offset) => ({ kind: 'ni-number' as const, offset })),
    ...dateOfBirthStarts(text).map((offset) => ({ kind: 'date-of-birth' as const, offset })),
    ...providerPatternStarts(text, extraPatterns),
  ];
  starts.sort((a, b) => a.offset - b.offset || (a.patternIndex ?? -1) - (b.patternIndex ?? -1));
  const locate = lineLocator(text);
  return starts.map(({ kind, offset, patternIndex }) => {
    const { line, column } = locate(offset);
    return makeHit(kind, line, column, patternIndex);
  });
}
