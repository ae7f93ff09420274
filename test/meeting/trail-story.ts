// A governance story told in git: MH-001 closed by Grace on 20 Oct, reopened by Priya on 2 Nov
// (a fall), recommended again (which clears the closure block, as cqc recommend does), then held in
// monitoring by Tom on 23 Nov. The file ends holding only the hold; the trail holds all of it.
import type { Action } from '../../src/model.js';
import { ACTION, actionYaml, closedStory, evidenceYaml, priya, tom, type Story } from '../audit/fixture.js';
import type { TestPerson } from '../git/helpers.js';

export const REOPEN = { on: '2026-11-02', by: 'priya-patel', reason: 'Fall during a transfer linked to an outdated assessment' };

const reopened = (a: Action) => {
  a.status = 'in_progress';
  a.reopened = [REOPEN];
};
/** What `cqc recommend` leaves: the earlier decision cleared, a fresh recommendation. */
const recommendedAgain = (a: Action) => {
  a.reopened = [REOPEN];
  a.closure = { recommended_by: 'priya-patel', recommended_on: '2026-11-16' };
};
const held = (a: Action) => {
  recommendedAgain(a);
  Object.assign(a.closure!, { decided_by: 'tom-reed', decided_on: '2026-11-23', decision: 'hold', return_by: '2026-12-21', minutes: 'Governance minutes 23 November 2026, item 4' });
};

/** Closed by Grace on 20 Oct, reopened by Priya on 2 Nov, recommended again, then held by Tom (committed by `decider`). */
export function closeReopenHold(decider: TestPerson = tom, dir?: string): Story {
  const s = closedStory(dir);
  s.commit(priya, '2026-11-02T10:15:00Z', { [ACTION]: actionYaml('monitoring', reopened) }, 'MH-001: reopen');
  s.commit(priya, '2026-11-10', { 'evidence/MH-001/MH-001-E04.yaml': evidenceYaml('MH-001-E04', 'audit', '2026-11-10') }, 'MH-001: audit');
  s.commit(priya, '2026-11-16', { [ACTION]: actionYaml('recommended', recommendedAgain) }, 'MH-001: recommend closure again');
  s.commit(decider, '2026-11-23T14:05:00Z', { [ACTION]: actionYaml('recommended', held) }, 'MH-001: held in monitoring');
  return s;
}
