// How a message names a value the user typed and suggests the one they probably meant. A value
// that looks like personal data is never repeated, and never offered as a suggestion: messages
// reach CI logs, pull requests and the reports people email.
import type { RuleContext } from '../engine/types.js';
import { compileProviderPatterns, findPersonalData } from '../personal-data/index.js';

const PATTERNS = new WeakMap<object, RegExp[]>();

export function looksPersonal(ctx: RuleContext, text: string): boolean {
  let patterns = PATTERNS.get(ctx.policy);
  if (!patterns) PATTERNS.set(ctx.policy, (patterns = compileProviderPatterns(ctx.policy.personal_data?.patterns).patterns));
  return findPersonalData(text, patterns).length > 0;
}

/** `"value"`, or plain words when the value must not be repeated. */
export function shown(ctx: RuleContext, value: string, instead = 'on this line'): string {
  return looksPersonal(ctx, value) ? `${instead} (not repeated here: it looks like personal data)` : `"${value}"`;
}

/** ' Did you mean "x"?' for a guess that is safe to show, or ''. */
export function didYouMean(ctx: RuleContext, guess: string | undefined): string {
  return guess !== undefined && !looksPersonal(ctx, guess) ? ` Did you mean "${guess}"?` : '';
}
