// An action earns closure by passing through the lifecycle; skipping a step, reopening quietly or
// closing without a recommendation leaves a gap an inspector will ask about.
import { actionTrailAt, type AuditEvent } from '../audit/index.js';
import { closureField } from '../audit/closure-keys.js';
import { commitWords } from '../audit/words.js';
import type { Finding } from '../model.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'status-transition',
  severity: 'error',
  stage: 'git',
  description: 'A commit moved status outside the lifecycle, or closed without a recommendation.',
};
const STATUSES = ['open', 'in_progress', 'monitoring', 'closed'];
const EDGES = new Set(['open>in_progress', 'in_progress>monitoring', 'monitoring>closed', 'monitoring>in_progress', 'closed>in_progress']);
const LIFECYCLE = 'open → in progress → monitoring → closed (monitoring may return to in progress; a closed action is reopened to in progress with a "reopened" entry)';

function recommended(event: AuditEvent): boolean {
  return closureField(event.version?.data ?? null, 'recommended_by') !== undefined;
}

/** What is wrong with one status change (or with the status a file was added at), if anything. */
function problem(event: AuditEvent, events: readonly AuditEvent[]): string | undefined {
  const to = event.to;
  if (to === undefined || !STATUSES.includes(to)) return undefined;
  // A record deleted and added again is the same record: it moves on from the status it was deleted at.
  if (event.kind !== 'status' && !(event.kind === 'restored' && event.from !== undefined)) {
    // A file added at a later status moved along no edge: records are often raised part-way, or
    // imported, and the people rules still judge who recommended and decided. Only a record that
    // arrives closed with no recommendation at all is a lifecycle problem.
    return to === 'closed' && !recommended(event) ? 'was added already closed, with no recorded recommendation (closure.recommended_by)' : undefined;
  }
  const from = event.from;
  if (from === undefined || !STATUSES.includes(from)) return undefined;
  const moved = `moved from ${from} to ${to}`;
  if (from !== to && !EDGES.has(`${from}>${to}`)) return `${moved}, which skips the lifecycle ${LIFECYCLE}`;
  if (from === 'closed' && to === 'in_progress' && !events.some((e) => e.kind === 'reopened' && e.commit === event.commit)) {
    return `${moved} without a new "reopened" entry saying when, by whom and why`;
  }
  if (to === 'closed' && from !== 'closed' && !recommended(event)) return `${moved} with no recorded recommendation (closure.recommended_by)`;
  return undefined;
}

export const statusTransition: Rule = {
  meta: META,
  check(ctx) {
    const trail = ctx.trail;
    if (!trail) return [];
    const out: Finding[] = [];
    for (const { file, action } of ctx.actions) {
      const history = actionTrailAt(trail, file.path);
      for (const event of history?.events ?? []) {
        if (!['status', 'raised', 'restored'].includes(event.kind) || !event.commit.judged) continue;
        const what = problem(event, history!.events);
        if (what === undefined) continue;
        out.push(findingAt(META, file, ['status'],
          `${action.id} ${what} in ${commitWords(event.commit)}. Record each governance step in its own commit, in order (e.g. "cqc recommend", "cqc close", "cqc reopen"), so the trail shows who took it.`,
          action.id));
      }
    }
    return out;
  },
};
