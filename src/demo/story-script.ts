// The demo's history, July to November 2026, as the people in examples/people.yaml lived it: each
// step committed by the person it names, on the day they did the work (evidence dated at a weekend
// or overnight is committed the next working morning), decisions and holds by the approver,
// post-closure reviews by a senior who neither did the work nor decided. story.ts turns the steps
// into file contents. One step is wrong on purpose, to teach: the NUT-001 decision is committed by
// its owner "for" the decider, which closure-attribution catches (see examples/README.md).
import type { ActionStage } from './action-versions.js';
import type { WorkflowEvent } from '../workflow/save.js';

export interface StoryStep {
  /** Local (UK) date and time of the commit, YYYY-MM-DDTHH:MM:SS. */
  date: string;
  /** Person id from people.yaml who authored and committed it. */
  author: string;
  message: string;
  /** The action this commit is about: its Cqc-Action trailer, and the file that may change. */
  action?: string;
  /** Cqc-Event trailer, in the words the writing commands use. */
  event?: WorkflowEvent;
  /** The action's new stage from this commit on. */
  stage?: ActionStage;
  /** Evidence items added, with their attachments. */
  evidence?: string[];
  /** Other example files added exactly as they are. */
  paths?: string[];
}

const NUT = 'NUT-001';
const MH = 'MH-001';
const SUP = 'SUP-001';
const SUP2 = 'SUP-002';

/** A weekly NUT-001 audit by the registered manager: one screening and one escalation item. */
function nutritionAudit(date: string, message: string, first: number): StoryStep {
  const id = (n: number) => `${NUT}-E${String(n).padStart(2, '0')}`;
  return { date: `${date}T16:00:00`, author: 'tom-walsh', message: `${NUT}: ${message}`, action: NUT, event: 'evidence', evidence: [id(first), id(first + 1)] };
}

/** A weekly MH-001 file audit by the deputy manager. */
function mobilityAudit(date: string, message: string, n: number, stage?: ActionStage): StoryStep {
  return { date: `${date}T17:00:00`, author: 'dan-jones', message: `${MH}: ${message}`, action: MH, event: 'evidence', evidence: [`${MH}-E${String(n).padStart(2, '0')}`], ...(stage ? { stage } : {}) };
}

export const STORY_SCRIPT: readonly StoryStep[] = [
  { date: '2026-07-01T09:30:00', author: 'grace-okafor', message: 'Set up the assurance repo: provider, both homes, governance policy and people, one folder per home', paths: ['cqc.yaml', 'people.yaml', '.github/CODEOWNERS', '.github/workflows/cqc.yml', '.gitlab-ci.yml'] },
  { date: '2026-07-06T10:15:00', author: 'tom-walsh', message: `Raise ${NUT} after the commissioner's quality monitoring visit`, action: NUT, event: 'raised', stage: { status: 'open' } },
  { date: '2026-07-08T16:20:00', author: 'nadia-hussain', message: `${NUT}: baseline, 19 of 30 MUST screens on time and 3 late escalations; work started`, action: NUT, event: 'evidence', stage: { status: 'in_progress' }, evidence: [`${NUT}-E01`, `${NUT}-E02`] },
  nutritionAudit('2026-07-15', 'weekly audit, screening 71%, 2 escalations late', 3),
  { date: '2026-07-17T15:05:00', author: 'owen-price', message: `${NUT}: nutrition care plans and handover sheet updated for all 14 people at risk`, action: NUT, event: 'evidence', evidence: [`${NUT}-E05`] },
  nutritionAudit('2026-07-22', 'weekly audit, screening 90%, 1 escalation late', 6),
  { date: '2026-07-27T09:40:00', author: 'owen-price', message: `${NUT}: weekend log shows missed screens and a late escalation`, action: NUT, event: 'evidence', evidence: [`${NUT}-E08`] },
  nutritionAudit('2026-07-29', 'first week of the new routine, every screen on time and no late escalation', 9),
  { date: '2026-08-03T09:10:00', author: 'priya-patel', message: `Raise ${MH} after the July internal audit of mobility care files`, action: MH, event: 'raised', stage: { status: 'open' } },
  nutritionAudit('2026-08-05', 'weekly audit, screening 100%, no late escalation', 11),
  mobilityAudit('2026-08-05', 'baseline review of 18 mobility files (11 compliant); work started', 1, { status: 'in_progress' }),
  { date: '2026-08-10T09:30:00', author: 'owen-price', message: `${NUT}: weekend log on the new checklist, no gaps`, action: NUT, event: 'evidence', evidence: [`${NUT}-E13`] },
  { date: '2026-08-10T11:00:00', author: 'priya-patel', message: `Raise ${SUP} from the July inspection's requirement notice on supervision`, action: SUP, event: 'raised', stage: { status: 'open' } },
  { date: '2026-08-10T14:00:00', author: 'nadia-hussain', message: `${NUT}: the new routine is holding, weekends included; move to monitoring`, action: NUT, stage: { status: 'monitoring' } },
  { date: '2026-08-12T15:30:00', author: 'priya-patel', message: `${SUP}: baseline, 25 of 34 staff supervised on time and 9 of 24 records compliant; work started`, action: SUP, event: 'evidence', stage: { status: 'in_progress' }, evidence: [`${SUP}-E01`, `${SUP}-E02`] },
  nutritionAudit('2026-08-12', 'weekly audit, screening 96.7%, no late escalation', 14),
  mobilityAudit('2026-08-12', 'weekly file audit, 13 of 18 compliant', 2),
  nutritionAudit('2026-08-19', 'weekly audit, screening 100%, no late escalation', 16),
  mobilityAudit('2026-08-19', 'weekly file audit, 15 of 18 compliant', 3),
  { date: '2026-08-20T15:00:00', author: 'tom-walsh', message: `${NUT}: mealtime and handover observation`, action: NUT, event: 'evidence', evidence: [`${NUT}-E18`] },
  { date: '2026-08-21T16:00:00', author: 'leah-brennan', message: `${MH}: updated assessments completed for all 7 people on the tracker`, action: MH, event: 'evidence', evidence: [`${MH}-E04`] },
  { date: '2026-08-24T09:15:00', author: 'sam-smith', message: `${MH}: Saturday transfer observations find 2 of 7 not following the new assessment`, action: MH, event: 'evidence', evidence: [`${MH}-E05`] },
  nutritionAudit('2026-08-26', 'weekly audit, screening 100%, no late escalation', 19),
  mobilityAudit('2026-08-26', 'weekly file audit, 17 of 18 compliant', 6),
  { date: '2026-08-28T11:45:00', author: 'dan-jones', message: `${SUP}: revised supervision template approved and line managers briefed`, action: SUP, event: 'evidence', evidence: [`${SUP}-E03`] },
  { date: '2026-08-28T15:00:00', author: 'leah-brennan', message: `${MH}: refresher competency checks for 14 day, night and weekend staff`, action: MH, event: 'evidence', evidence: [`${MH}-E07`] },
  nutritionAudit('2026-09-02', 'weekly audit, one escalation late over the bank holiday weekend', 21),
  mobilityAudit('2026-09-02', 'all 18 files compliant, nights included; move to monitoring', 8, { status: 'monitoring' }),
  { date: '2026-09-04T08:30:00', author: 'priya-patel', message: `${MH}: unannounced night visit, all 4 night transfers follow the assessments`, action: MH, event: 'evidence', evidence: [`${MH}-E09`] },
  nutritionAudit('2026-09-09', 'weekly audit, screening 100%, no late escalation', 23),
  mobilityAudit('2026-09-09', 'weekly file audit, 18 of 18 compliant', 10),
  { date: '2026-09-14T09:20:00', author: 'sam-smith', message: `${MH}: repeat Saturday observations, all 7 transfers follow the assessments`, action: MH, event: 'evidence', evidence: [`${MH}-E11`] },
  { date: '2026-09-15T15:00:00', author: 'priya-patel', message: `${SUP}: September supervision audit`, action: SUP, event: 'evidence', evidence: [`${SUP}-E04`, `${SUP}-E05`] },
  nutritionAudit('2026-09-16', 'weekly audit, screening 96.8%, no late escalation', 25),
  mobilityAudit('2026-09-16', 'weekly file audit, 18 of 18 compliant', 12),
  { date: '2026-09-17T17:30:00', author: 'priya-patel', message: `${MH}: staff huddles at the day and night handovers`, action: MH, event: 'evidence', evidence: [`${MH}-E13`] },
  { date: '2026-09-21T10:00:00', author: 'tom-walsh', message: `${NUT}: unannounced Saturday visit`, action: NUT, event: 'evidence', evidence: [`${NUT}-E27`] },
  { date: '2026-09-21T11:30:00', author: 'ruth-adeyemi', message: `Raise ${SUP2}: the provider quality visit finds the Rose House supervision problem at Maple Lodge too`, action: SUP2, event: 'raised', stage: { status: 'open' } },
  { date: '2026-09-23T15:30:00', author: 'tom-walsh', message: `${SUP2}: baseline, 19 of 28 staff supervised on time and 6 of 17 records compliant; work started`, action: SUP2, event: 'evidence', stage: { status: 'in_progress' }, evidence: [`${SUP2}-E01`, `${SUP2}-E02`] },
  nutritionAudit('2026-09-23', 'weekly audit, screening 100%, no late escalation', 28),
  mobilityAudit('2026-09-23', 'weekly file audit, 19 of 19 compliant after an admission', 14),
  { date: '2026-09-29T15:00:00', author: 'priya-patel', message: `${MH}: registered manager's sample of care records and the incident log`, action: MH, event: 'evidence', evidence: [`${MH}-E15`] },
  nutritionAudit('2026-09-30', 'weekly audit, screening 100%, no late escalation', 30),
  mobilityAudit('2026-09-30', 'fifth weekly file audit in a row at 100%', 16),
  { date: '2026-10-01T09:30:00', author: 'priya-patel', message: `${MH}: recommend closure to the provider governance meeting`, action: MH, event: 'recommended', stage: { status: 'monitoring', closure: 'recommended' } },
  { date: '2026-10-02T14:00:00', author: 'joy-mensah', message: `${SUP2}: Rose House's supervision template adopted and overdue supervisions booked`, action: SUP2, event: 'evidence', evidence: [`${SUP2}-E03`] },
  { date: '2026-10-05T09:00:00', author: 'tom-walsh', message: `${NUT}: feedback from the residents' and relatives' meeting`, action: NUT, event: 'evidence', evidence: [`${NUT}-E32`] },
  { date: '2026-10-07T14:30:00', author: 'grace-okafor', message: `${MH}: closure approved at the provider governance meeting`, action: MH, event: 'decided', stage: { status: 'closed', closure: 'decided' } },
  nutritionAudit('2026-10-07', 'weekly audit, screening 100%, no late escalation', 33),
  { date: '2026-10-09T15:00:00', author: 'tom-walsh', message: `${NUT}: feedback from the community dietitian`, action: NUT, event: 'evidence', evidence: [`${NUT}-E35`] },
  nutritionAudit('2026-10-14', 'twelfth weekly audit of the new routine', 36),
  { date: '2026-10-14T17:00:00', author: 'tom-walsh', message: `${NUT}: recommend closure to the quality assurance meeting`, action: NUT, event: 'recommended', stage: { status: 'monitoring', closure: 'recommended' } },
  { date: '2026-10-15T15:00:00', author: 'priya-patel', message: `${SUP}: October supervision audit`, action: SUP, event: 'evidence', evidence: [`${SUP}-E06`, `${SUP}-E07`] },
  // The deliberate audit-trail problem: the owner types in the provider quality lead's decision.
  { date: '2026-10-16T10:30:00', author: 'nadia-hussain', message: `${NUT}: record the QA meeting's closure decision (entered for Ruth)`, action: NUT, event: 'decided', stage: { status: 'closed', closure: 'decided' } },
  { date: '2026-10-21T15:30:00', author: 'tom-walsh', message: `${SUP2}: October supervision audit`, action: SUP2, event: 'evidence', evidence: [`${SUP2}-E04`, `${SUP2}-E05`] },
  mobilityAudit('2026-10-28', 'post-closure monthly file audit, 19 of 19 compliant', 17),
  { date: '2026-11-09T09:00:00', author: 'owen-price', message: `${NUT}: post-closure Sunday spot check`, action: NUT, event: 'evidence', evidence: [`${NUT}-E38`] },
  nutritionAudit('2026-11-11', 'post-closure monthly audit, every screen on time and no late escalation', 39),
  { date: '2026-11-16T09:10:00', author: 'sam-smith', message: `${MH}: post-closure Saturday evening observation into the night handover`, action: MH, event: 'evidence', evidence: [`${MH}-E18`] },
  { date: '2026-11-18T15:30:00', author: 'tom-walsh', message: `${SUP2}: November supervision audit`, action: SUP2, event: 'evidence', evidence: [`${SUP2}-E06`, `${SUP2}-E07`] },
  { date: '2026-11-18T16:00:00', author: 'priya-patel', message: `${SUP}: November supervision audit reaches the goal on both targets`, action: SUP, event: 'evidence', evidence: [`${SUP}-E08`, `${SUP}-E09`] },
  mobilityAudit('2026-11-18', 'post-closure monthly file audit, 18 of 18 compliant', 19),
  { date: '2026-11-19T10:00:00', author: 'priya-patel', message: `${SUP}: recommend closure to the provider governance meeting`, action: SUP, event: 'recommended', stage: { status: 'in_progress', closure: 'recommended', evidenceReviewed: [3, 4, 5, 6, 7, 8, 9].map((n) => `${SUP}-E0${n}`) } },
  { date: '2026-11-19T14:00:00', author: 'grace-okafor', message: `${NUT}: post-closure review by the nominated individual, improvement sustained`, action: NUT, event: 'reviewed', stage: { status: 'closed', closure: 'decided', reviews: true } },
  { date: '2026-11-20T16:00:00', author: 'ruth-adeyemi', message: `${SUP}: staff feedback and live supervision review raise concerns`, action: SUP, event: 'evidence', evidence: [`${SUP}-E10`, `${SUP}-E11`] },
  { date: '2026-11-20T17:00:00', author: 'ruth-adeyemi', message: `${MH}: post-closure review by the provider quality lead, improvement sustained`, action: MH, event: 'reviewed', stage: { status: 'closed', closure: 'decided', reviews: true } },
  { date: '2026-11-23T16:00:00', author: 'ruth-adeyemi', message: `${SUP2}: staff feedback on supervision at Maple Lodge`, action: SUP2, event: 'evidence', evidence: [`${SUP2}-E08`] },
  { date: '2026-11-24T15:00:00', author: 'ruth-adeyemi', message: `${SUP}: held in monitoring until January; improvement not yet sustained or seen in practice`, action: SUP, event: 'held', stage: { status: 'monitoring', closure: 'decided' } },
  { date: '2026-11-25T10:00:00', author: 'grace-okafor', message: 'Add a short guide to this repo for new staff and inspectors', paths: ['README.md'] },
];
