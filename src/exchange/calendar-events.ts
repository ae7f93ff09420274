// The dates a manager must act on, as calendar events: each target's due date while the action is
// not closed, the post-closure review of a closed action until a review that counts is recorded,
// and the date a held action must come back to governance.
import type { Judgement } from '../engine/judge.js';
import type { RuleContext } from '../engine/types.js';
import { withheld } from '../engine/withhold.js';
import type { Action } from '../model.js';
import { currentReviews, reviewStands } from '../rules/post-closure-facts.js';
import { describeGoal, targetsOf } from '../rules/measurements.js';
import { calendarUid, type CalendarEvent } from './ics.js';

/**
 * The events of the actions judged in this run (with `location`, only that location's), by date
 * then UID, so the same records always give the same file.
 */
export function calendarEvents(outcome: Judgement, location?: string): CalendarEvent[] {
  const { ctx } = outcome;
  const events = ctx.actions
    .filter(({ action }) => outcome.readiness.has(action.id) && (location === undefined || action.location === location))
    .flatMap(({ action }) => eventsOf(action, ctx));
  return withheld(ctx, events).sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
}

function eventsOf(a: Action, ctx: RuleContext): CalendarEvent[] {
  const about = (kind: string, todo: string, extra: string[] = []): string =>
    [`${kind} for ${a.id}: ${a.title}`, `Location: ${placeOf(a, ctx)}`, `Owner: ${a.owner}`, ...extra, `What to do: ${todo}`].join('\n');
  const out: CalendarEvent[] = [];
  if (a.status !== 'closed') {
    for (const t of targetsOf(a)) {
      if (t.target.due === undefined) continue;
      // A single `target:` has no id of its own in the UID: `MH-001.due@cqc`; each of `targets:` adds its id.
      const named = t.listed ? ` (${t.id})` : '';
      out.push({
        uid: calendarUid(a.id, 'due', t.listed ? t.id : undefined),
        date: t.target.due,
        title: `${a.id} target due${named}: ${a.title}`,
        description: about(`Target due${named}`,
          `record the latest measurement ("cqc evidence add ${a.id}"); once the goal is met and sustained, the reviewer recommends closure ("cqc recommend ${a.id}").`,
          [`Target: ${t.target.measure}, ${describeGoal(t.target)}`]),
      });
    }
  }
  const decidedOn = a.closure?.decided_on;
  const reviewDue = a.post_closure?.review_due;
  if (a.status === 'closed' && reviewDue !== undefined && !currentReviews(a).some(({ review, index }) => reviewStands(ctx, a, review, index))) {
    out.push({
      uid: calendarUid(a.id, 'review_due'),
      date: reviewDue,
      title: `${a.id} post-closure review due: ${a.title}`,
      description: about('Post-closure review due',
        `check that the improvement held${decidedOn ? ` since the closure on ${decidedOn}` : ''}. Someone other than the owner records the review, citing evidence dated after the closure ("cqc review ${a.id} --result sustained|deteriorated --evidence <id>").`),
    });
  }
  const c = a.closure;
  if (a.status === 'monitoring' && c?.decision === 'hold' && c.return_by !== undefined) {
    out.push({
      uid: calendarUid(a.id, 'return_by'),
      date: c.return_by,
      title: `${a.id} return to governance (held): ${a.title}`,
      description: about('Held in monitoring; back to governance',
        `decide again: close it if the evidence now supports closure ("cqc close ${a.id}"), hold it again with a new return date ("cqc hold ${a.id} --return-by <date>"), or reopen it for more work.`,
        c.decided_on ? [`Held on ${c.decided_on}${c.decided_by ? ` by ${c.decided_by}` : ''}`] : []),
    });
  }
  return out;
}

/** "Rose House (rose-house)", the id alone when cqc.yaml gives no name, or "provider-wide". */
function placeOf(a: Action, ctx: RuleContext): string {
  if (a.location === undefined) return 'provider-wide';
  const name = ctx.config.locations?.find((l) => l.id === a.location)?.name;
  return name ? `${name} (${a.location})` : a.location;
}
