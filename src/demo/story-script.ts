// The demo's history, July to November 2026, as the people in examples/people.yaml lived it.
// Each step names what changed; story.ts turns the steps into file contents. The NUT-001
// decision is deliberately committed by its owner, not by the decider (see examples/README.md).
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

export const STORY_SCRIPT: readonly StoryStep[] = [
  { date: '2026-07-01T09:30:00', author: 'grace-okafor', message: 'Set up the assurance repo: provider, locations, governance policy and people', paths: ['cqc.yaml', 'people.yaml', '.github/workflows/cqc.yml', '.gitlab-ci.yml'] },
  { date: '2026-07-06T10:15:00', author: 'tom-walsh', message: "Raise NUT-001 after the commissioner's quality monitoring visit", action: 'NUT-001', event: 'raised', stage: { status: 'open' } },
  { date: '2026-07-08T16:20:00', author: 'nadia-hussain', message: 'NUT-001: baseline nutrition audit (77% of entries complete); work started', action: 'NUT-001', event: 'evidence', stage: { status: 'in_progress' }, evidence: ['NUT-001-E01'] },
  { date: '2026-07-17T15:05:00', author: 'owen-price', message: 'NUT-001: nutrition care plans and handover notes updated for all 14 people', action: 'NUT-001', event: 'evidence', evidence: ['NUT-001-E02'] },
  { date: '2026-07-31T14:40:00', author: 'owen-price', message: 'NUT-001: daily log shows weekend chart gaps and a late escalation', action: 'NUT-001', event: 'evidence', evidence: ['NUT-001-E03'] },
  { date: '2026-08-10T11:00:00', author: 'priya-patel', message: 'Raise SUP-001 from the July inspection findings on supervision records', action: 'SUP-001', event: 'raised', stage: { status: 'open' } },
  { date: '2026-08-12T15:30:00', author: 'priya-patel', message: 'SUP-001: baseline supervision audit (9 of 24 compliant); work started', action: 'SUP-001', event: 'evidence', stage: { status: 'in_progress' }, evidence: ['SUP-001-E01'] },
  { date: '2026-08-14T16:00:00', author: 'nadia-hussain', message: 'NUT-001: weekly audit at 94.9%, just under the goal', action: 'NUT-001', event: 'evidence', evidence: ['NUT-001-E04'] },
  { date: '2026-08-18T13:10:00', author: 'owen-price', message: 'NUT-001: two clear weeks in the daily management log, weekends included', action: 'NUT-001', event: 'evidence', evidence: ['NUT-001-E05'] },
  { date: '2026-08-28T11:45:00', author: 'dan-jones', message: 'SUP-001: revised supervision template approved and line managers briefed', action: 'SUP-001', event: 'evidence', evidence: ['SUP-001-E02'] },
  { date: '2026-08-28T16:30:00', author: 'nadia-hussain', message: 'NUT-001: weekly audit above goal for the first time; move to monitoring', action: 'NUT-001', event: 'evidence', stage: { status: 'monitoring' }, evidence: ['NUT-001-E06'] },
  { date: '2026-09-01T09:10:00', author: 'priya-patel', message: 'Raise MH-001 after the August internal audit of mobility care files', action: 'MH-001', event: 'raised', stage: { status: 'open' } },
  { date: '2026-09-03T14:00:00', author: 'tom-walsh', message: 'NUT-001: mealtime and handover observation', action: 'NUT-001', event: 'evidence', evidence: ['NUT-001-E07'] },
  { date: '2026-09-03T17:20:00', author: 'dan-jones', message: 'MH-001: baseline review of 18 mobility files (11 compliant); work started', action: 'MH-001', event: 'evidence', stage: { status: 'in_progress' }, evidence: ['MH-001-E01'] },
  { date: '2026-09-07T12:00:00', author: 'tom-walsh', message: "NUT-001: feedback from the residents' and relatives' meeting", action: 'NUT-001', event: 'evidence', evidence: ['NUT-001-E08'] },
  { date: '2026-09-11T14:00:00', author: 'nadia-hussain', message: 'NUT-001: second weekly audit in a row above goal', action: 'NUT-001', event: 'evidence', evidence: ['NUT-001-E09'] },
  { date: '2026-09-11T17:00:00', author: 'tom-walsh', message: 'NUT-001: recommend closure to the quality assurance meeting', action: 'NUT-001', event: 'recommended', stage: { status: 'monitoring', closure: 'recommended' } },
  { date: '2026-09-15T15:00:00', author: 'priya-patel', message: 'SUP-001: September supervision audit', action: 'SUP-001', event: 'evidence', evidence: ['SUP-001-E03'] },
  // The audit-trail problem: the owner types in the provider quality lead's decision.
  { date: '2026-09-17T10:30:00', author: 'nadia-hussain', message: "NUT-001: record the QA meeting's closure decision (entered for Ruth)", action: 'NUT-001', event: 'decided', stage: { status: 'closed', closure: 'decided' } },
  { date: '2026-09-18T16:00:00', author: 'leah-brennan', message: 'MH-001: updated assessments completed for all 7 people', action: 'MH-001', event: 'evidence', evidence: ['MH-001-E02'] },
  { date: '2026-09-24T15:30:00', author: 'sam-smith', message: 'MH-001: transfer observations find 2 of 7 not following the new assessment', action: 'MH-001', event: 'evidence', evidence: ['MH-001-E03'] },
  { date: '2026-09-29T16:00:00', author: 'dan-jones', message: 'MH-001: weekly file audit, 16 of 18 compliant', action: 'MH-001', event: 'evidence', evidence: ['MH-001-E04'] },
  { date: '2026-10-09T15:00:00', author: 'sam-smith', message: 'MH-001: repeat observations after refresher checks, all 7 transfers safe', action: 'MH-001', event: 'evidence', evidence: ['MH-001-E05'] },
  { date: '2026-10-12T16:30:00', author: 'dan-jones', message: 'MH-001: all 18 files compliant; move to monitoring', action: 'MH-001', event: 'evidence', stage: { status: 'monitoring' }, evidence: ['MH-001-E06'] },
  { date: '2026-10-15T15:00:00', author: 'priya-patel', message: 'SUP-001: October supervision audit', action: 'SUP-001', event: 'evidence', evidence: ['SUP-001-E04'] },
  { date: '2026-10-16T17:00:00', author: 'priya-patel', message: 'MH-001: staff huddle feedback on moving and handling', action: 'MH-001', event: 'evidence', evidence: ['MH-001-E07'] },
  { date: '2026-10-26T16:00:00', author: 'dan-jones', message: 'MH-001: weekly file audit, 19 of 19 compliant', action: 'MH-001', event: 'evidence', evidence: ['MH-001-E08'] },
  { date: '2026-10-27T15:00:00', author: 'priya-patel', message: "MH-001: registered manager's sample of care records and incident log", action: 'MH-001', event: 'evidence', evidence: ['MH-001-E09'] },
  { date: '2026-10-28T09:30:00', author: 'priya-patel', message: 'MH-001: recommend closure to the provider governance meeting', action: 'MH-001', event: 'recommended', stage: { status: 'monitoring', closure: 'recommended' } },
  { date: '2026-11-04T14:30:00', author: 'grace-okafor', message: 'MH-001: closure approved at the provider governance meeting', action: 'MH-001', event: 'decided', stage: { status: 'closed', closure: 'decided' } },
  { date: '2026-11-12T15:00:00', author: 'nadia-hussain', message: 'NUT-001: post-closure monthly audit', action: 'NUT-001', event: 'evidence', evidence: ['NUT-001-E10'] },
  { date: '2026-11-13T11:00:00', author: 'ruth-adeyemi', message: 'NUT-001: post-closure review by the provider quality lead, improvement sustained', action: 'NUT-001', event: 'reviewed', stage: { status: 'closed', closure: 'decided', reviews: true } },
  { date: '2026-11-18T16:00:00', author: 'priya-patel', message: 'SUP-001: November supervision audit reaches 96%', action: 'SUP-001', event: 'evidence', evidence: ['SUP-001-E05'] },
  { date: '2026-11-19T10:00:00', author: 'priya-patel', message: 'SUP-001: recommend closure to the provider governance meeting', action: 'SUP-001', event: 'recommended', stage: { status: 'in_progress', closure: 'recommended', evidenceReviewed: ['SUP-001-E03', 'SUP-001-E04', 'SUP-001-E05'] } },
  { date: '2026-11-20T16:00:00', author: 'ruth-adeyemi', message: 'SUP-001: staff feedback and live supervision review raise concerns', action: 'SUP-001', event: 'evidence', evidence: ['SUP-001-E06', 'SUP-001-E07'] },
  { date: '2026-11-24T15:00:00', author: 'ruth-adeyemi', message: 'SUP-001: held in monitoring; improvement not yet sustained or seen in practice', action: 'SUP-001', event: 'held', stage: { status: 'monitoring', closure: 'decided' } },
  { date: '2026-11-25T10:00:00', author: 'grace-okafor', message: 'Add a short guide to this repo for new staff and inspectors', paths: ['README.md'] },
];
