// What `cqc export` and `cqc calendar` share: where the output goes, and a word about any action
// file they had to leave out, so a missing row is never a silent one.
import type { Judgement } from '../engine/judge.js';

/** No -o, or `-o -`: standard output. */
export function toScreen(output: string | undefined): boolean {
  return output === undefined || output === '-';
}

/** "1 action file could not be read …" on stderr, or undefined when every action in scope is listed. */
export function skippedNote(outcome: Judgement, location: string | undefined, where = 'the export'): string | undefined {
  const { ctx } = outcome;
  const read = new Set(ctx.actions.map((r) => r.file.path));
  const skipped = ctx.files.filter((f) => {
    if (f.kind !== 'action' || read.has(f.file.path)) return false;
    if (location === undefined) return true;
    const declared = (f.file.data as { location?: unknown } | undefined)?.location;
    return declared === location || ctx.layout.locationOf(f.file.path) === location;
  }).map((f) => f.file.path).sort();
  if (skipped.length === 0) return undefined;
  const shown = skipped.slice(0, 5).join(', ') + (skipped.length > 5 ? ` and ${skipped.length - 5} more` : '');
  return `cqc: ${skipped.length} action file${skipped.length === 1 ? '' : 's'} could not be read and ${skipped.length === 1 ? 'is' : 'are'} not in ${where}: ${shown}. Run "cqc check" to see what to fix.\n`;
}
