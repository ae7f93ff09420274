// What the personal-data scan may say about a find: which kind and where, never the text itself.

export type PersonalDataKind = 'nhs-number' | 'ni-number' | 'date-of-birth' | 'provider-pattern';

interface HitPlace {
  /** 1-based line of the first character of the match. */
  readonly line: number;
  /** 1-based column (UTF-16 code units, as the yaml LineCounter counts) of that character. */
  readonly column: number;
}

/**
 * One find. There is deliberately no field for the matched text, and hits are frozen, so no later
 * stage can attach it: a value that reaches a finding reaches every output format and the reports
 * people paste into emails. `patternIndex` is the 0-based index into policy.personal_data.patterns.
 */
export type PersonalDataHit =
  | (HitPlace & { readonly kind: Exclude<PersonalDataKind, 'provider-pattern'>; readonly patternIndex?: undefined })
  | (HitPlace & { readonly kind: 'provider-pattern'; readonly patternIndex: number });

/** Where a match lies in the scanned text, as offsets: the text itself stays behind. */
export interface Span {
  readonly offset: number;
  readonly length: number;
}

/** Where a detector found something; the span lets callers withhold it, never copy it out. */
export interface MatchStart extends Span {
  readonly kind: PersonalDataKind;
  readonly patternIndex?: number;
}

export function makeHit(kind: PersonalDataKind, line: number, column: number, patternIndex?: number): PersonalDataHit {
  const hit: PersonalDataHit = kind === 'provider-pattern'
    ? { kind, line, column, patternIndex: patternIndex ?? 0 }
    : { kind, line, column };
  return Object.freeze(hit);
}

/** The kind in plain English, ready for "line 4 holds ..." messages. */
export function personalDataPhrase(hit: Pick<PersonalDataHit, 'kind' | 'patternIndex'>): string {
  switch (hit.kind) {
    case 'nhs-number': return 'an NHS number';
    case 'ni-number': return 'a National Insurance number';
    case 'date-of-birth': return 'a date of birth';
    case 'provider-pattern': {
      // People count from 1; the YAML path counts from 0. Give both so neither reader guesses.
      const i = hit.patternIndex ?? 0;
      return `text matching the provider's personal-data pattern ${i + 1} (policy.personal_data.patterns[${i}] in cqc.yaml)`;
    }
  }
}
