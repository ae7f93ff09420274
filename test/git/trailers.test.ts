import { describe, expect, it } from 'vitest';
import { parseTrailers, trailerValues } from '../../src/git/trailers.js';

describe('parseTrailers', () => {
  it('reads Key: value lines of the last paragraph, keeping repeats and folding continuations', () => {
    const message = 'Close MH-001\n\nBody text.\n\nCqc-Action: MH-001\nCqc-Event: decided\nReviewed-by: Grace\n  Okafor\nReviewed-by: Tom\n';
    expect(parseTrailers(message)).toEqual({
      'Cqc-Action': ['MH-001'], 'Cqc-Event': ['decided'], 'Reviewed-by': ['Grace Okafor', 'Tom'],
    });
  });

  it('finds none in a subject-only message or when the last paragraph is prose', () => {
    expect(parseTrailers('Cqc-Action: MH-001\n')).toEqual({});
    expect(parseTrailers('Close\n\nCqc-Action: MH-001\nthis line is prose\n')).toEqual({});
  });

  it('looks keys up without regard to case', () => {
    expect(trailerValues({ 'cqc-action': ['A'], 'Cqc-Action': ['B'] }, 'CQC-ACTION')).toEqual(['A', 'B']);
  });
});
