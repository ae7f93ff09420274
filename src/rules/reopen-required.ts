// The agreed reopen triggers (a deteriorated review, a later concern or incident) must actually reopen the action, not sit beside a "closed" label.
import { actionTrailAt, isSenior } from '../audit/index.js';
import { readableBase } from '../audit/events.js';
import { list, mapping, str } from '../audit/parse.js';
import { commitWords } from '../audit/words.js';
import type { Action, Finding } from '../model.js';
import type { SourceFile } from '../repo/source.js';
import { personLabel, typeLabel } from './closure-facts.js';
import { describeGoal, formatValue, meetsGoal, missWord } from './measurement-words.js';
import { seriesOf, targetsOf } from './measurements.js';
import type { Rule, RuleContext, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'reopen-required',
  severity: 'error',
  stage: 'closure',
  description: 'Still closed although a review deteriorated, or a later concern, incident or measurement missing the goal was recorded.',
};

export const reopenRequired: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    for (const { file, action: a } of ctx.actions) {
      if (a.status !== 'closed') continue;
      const decidedOn = a.closure?.decided_on;
      const triggers: string[] = [];
      for (const r of a.post_closure?.reviews ?? []) {
        if (r.result === 'deteriorated' && (decidedOn === undefined || r.on >= decidedOn)) {
          triggers.push(`the post-closure review on ${r.on} by ${personLabel(ctx, r.by)} found the improvement had deteriorated`);
        }
      }
      if (decidedOn !== undefined) triggers.push(...removedDeteriorations(ctx, file, a, decidedOn));
      if (decidedOn !== undefined) {
        const named = new Set<string>();
        for (const { evidence: e } of ctx.evidenceFor(a.id)) {
          if (e.date <= decidedOn) continue;
          if (e.type === 'incident') triggers.push(`${e.id} records an incident on ${e.date}, after the closure decision on ${decidedOn}`);
          else if (e.finding === 'concern') triggers.push(`${e.id} (${typeLabel(e.type)}, ${e.date}) records a concern after the closure decision on ${decidedOn}`);
          else continue;
          named.add(e.id);
        }
        // (v2) A later measurement that misses the goal; an item already named above is not named twice.
        for (const t of targetsOf(a)) {
          for (const m of seriesOf(ctx, a, t, ctx.asOf)) {
            if (m.date <= decidedOn || named.has(m.id) || meetsGoal(m.value, t.target)) continue;
            const measured = `${formatValue(m.value, t.target.unit)}${t.listed ? ` for target ${t.id}` : ''}`;
            triggers.push(`${m.id} (${m.date}) measures ${measured}, ${missWord(t.target)} ${t.listed ? 'its' : 'the'} goal of ${describeGoal(t.target)}, after the closure decision on ${decidedOn}`);
          }
        }
      }
      for (const trigger of triggers) {
        out.push(findingAt(META, file, ['status'],
          `${a.id} is still closed, but ${trigger}. That is a reason to reopen it: run \`cqc reopen ${a.id} --reason "…"\` with what happened, then agree the next steps.`,
          a.id, true));
      }
    }
    return out;
  },
};

/**
 * (git) A deteriorated review of the current closure that a commit took out of the file (or turned
 * into another result) is still a reopen trigger, unless a senior other than the owner took it out:
 * the owner cannot make the finding that their improvement slipped disappear. Like a concern, a
 * review may be corrected only by a senior.
 */
function removedDeteriorations(ctx: RuleContext, file: SourceFile, a: Action, decidedOn: string): string[] {
  const history = ctx.trail ? actionTrailAt(ctx.trail, file.path) : undefined;
  if (!history) return [];
  // A deteriorated review of this closure, by its date and reviewer.
  const deteriorated = (data: unknown) => new Set(list(mapping(data, 'post_closure'), 'reviews')
    .filter((r) => str(r, 'result') === 'deteriorated' && (str(r, 'on') ?? '') >= decidedOn)
    .map((r) => `${str(r, 'on')}|${str(r, 'by')}`));
  const standing = deteriorated(a);
  const out: string[] = [];
  const named = new Set<string>();
  for (const v of history.versions) {
    if (v.data === null || !v.commit.judged) continue;
    const now = deteriorated(v.data);
    const bases = v.bases.map(readableBase).filter((b) => b !== null && b.data !== null);
    if (!bases.length || bases.length < v.bases.length) continue;
    // Taken out by this commit: in every version it was made from, and not in it.
    const [first, ...others] = bases.map((b) => deteriorated(b!.data));
    for (const key of first ?? []) {
      if (now.has(key) || standing.has(key) || named.has(key) || !others.every((o) => o.has(key))) continue;
      const { person, before } = v.commit;
      const owner = str(bases[0]!.data, 'owner');
      if (person !== undefined && person !== owner && isSenior(before, person, str(bases[0]!.data, 'location'))) continue;
      named.add(key);
      const [on, by] = key.split('|');
      const who = person === undefined ? 'its author is not in people.yaml' : person === owner ? `${person} owns the action` : `${person} holds no senior role there`;
      out.push(`the post-closure review on ${on} by ${personLabel(ctx, by ?? '')} found the improvement had deteriorated, and ${commitWords(v.commit)} took it out of the file, though ${who} (only a senior other than the owner may correct a review)`);
    }
  }
  return out;
}
