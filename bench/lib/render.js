// YAML text for the repo's files, written from templates rather than a YAML library: tens of
// thousands of small files are rendered, and templates keep that fast and the layout exactly the
// one SPEC.md shows (block style, unquoted dates, quoted regulation numbers).

import { isoOf } from './days.js';
import { describeMeasurement } from './measurements.js';

/** A YAML scalar: plain when unambiguous, otherwise a JSON string (valid YAML double-quoted). */
export function scalar(text) {
  return /^[A-Za-z][A-Za-z0-9 ,;.'()%/@_-]*[A-Za-z0-9.)%]$/.test(text) ? text : JSON.stringify(text);
}

const list = (items) => `[${items.map(scalar).join(', ')}]`;
const blockList = (indent, items) => items.map((item) => `\n${indent}- ${scalar(item)}`).join('');

export function renderConfig(plan) {
  const locations = plan.locations.map((l) => `  - { id: ${l.id}, name: ${scalar(l.name)}, region: region-${l.region + 1} }`);
  return `provider: ${scalar(plan.provider)}
framework: cqc-saf-2023
${plan.layout === 'flat' ? '' : 'layout: by-location\n'}locations:
${locations.join('\n')}
policy:
  high_risk_areas: [safety, safeguarding, medicines, staffing, leadership]
  senior_roles: [nominated-individual, provider-quality-lead]
  min_evidence_sources: 2
  sustained_for: 2
  evidence_max_age: P90D
  post_closure_review_within: P3M
  require_signed_closures: false
`;
}

export function renderPeople(plan) {
  const people = plan.roster.people.map((p) => `  - id: ${p.id}
    name: ${scalar(p.name)}
    roles: ${list(p.roles)}
    emails: ${list(p.emails)}`);
  return `people:\n${people.join('\n')}\n`;
}

function renderTarget(action, goal) {
  const { topic } = action;
  return `target:
  measure: ${scalar(topic.measure)}
  unit: ${topic.unit}
  goal: ${goal}
  direction: ${topic.direction}
  due: ${isoOf(action.due)}
closure_criteria:
  required_evidence: [audit, ${topic.second}]${action.withOverrides ? '\n  min_sources: 2\n  sustained_for: 2' : ''}
  review_period: ${reviewPeriodOf(action)}
  reviewer: registered-manager
  approver: ${topic.approver}
`;
}

/**
 * How long the goal must have held before the decision (v2 review_period): the span the plan's
 * goal-meeting measurements really cover for a decided action, in whole weeks; the topic's own
 * period for one still under way.
 */
function reviewPeriodOf(action) {
  return action.heldDays === undefined ? action.topic.period : `P${Math.max(1, Math.floor(action.heldDays / 7))}W`;
}

function renderSteps(action, day) {
  return action.topic.steps.map(([role, does, recordsIn], i) => {
    const done = action.raised + 2 + 4 * i;
    const doneLine = i < action.stepsDone && done <= day && day > action.raised ? `\n    done: ${isoOf(done)}` : '';
    return `  - role: ${role}\n    does: ${scalar(does)}\n    records_in: ${scalar(recordsIn)}${doneLine}`;
  }).join('\n');
}

function renderClosure(action, snap) {
  const c = action.closure;
  let text = `closure:\n  recommended_by: ${c.recommendedBy.id}\n  recommended_on: ${isoOf(c.recommendedOn)}\n`;
  if (!snap.decided) return text;
  text += `  decided_by: ${c.decidedBy.id}
  decided_on: ${isoOf(c.decidedOn)}
  decision: ${c.decision}
${c.decision === 'hold' ? `  return_by: ${isoOf(c.returnBy)}\n` : ''}  evidence_reviewed: [${c.evidenceReviewed.join(', ')}]
  minutes: ${scalar(`Provider governance minutes ${isoOf(c.decidedOn)}`)}
  rationale: ${scalar(c.decision === 'close'
    ? `Measurements met the goal at consecutive checks and ${action.topic.second.replace('_', ' ')} evidence confirms practice has changed.`
    : 'Improvement is recent; keep in monitoring until it has been sustained for longer.')}
`;
  if (c.decision !== 'close') return text;
  const p = action.postClosure;
  text += `post_closure:\n  review_due: ${isoOf(p.reviewDue)}\n`;
  if (snap.reviewed) {
    const note = p.result === 'sustained' ? 'Spot check found the improvement has held.' : 'Spot check found records slipping again.';
    text += `  reviews:\n    - on: ${isoOf(p.reviewOn)}\n      by: ${p.reviewBy.id}\n      result: ${p.result}\n      evidence: [${p.audit.id}]\n      note: ${note}\n`;
  }
  return text;
}

/** An action file as it stood at one stage. `snap`: { day, status, goal, recommended, decided, reviewed, reopened }. */
export function renderAction(action, snap) {
  const { topic } = action;
  let text = `id: ${action.id}
title: ${scalar(topic.title)}
location: ${action.location.id}
raised: ${isoOf(action.raised)}
source: ${action.source}
baseline: ${scalar(`${topic.title} at ${action.location.name}; baseline recorded on the improvement tracker.`)}
quality_statements: ${list(topic.statements)}
regulations: [${topic.regulations.map((r) => `"${r}"`).join(', ')}]
${topic.risk.length > 0 ? `risk_areas: ${list(topic.risk)}\n` : ''}owner: ${action.owner.id}
${action.withCriteria ? renderTarget(action, snap.goal) : ''}steps:
${renderSteps(action, snap.day)}
monitoring:
  frequency: ${topic.frequency}
  warning_signs:${blockList('    ', topic.warnings)}
  escalation: ${scalar(topic.escalation)}
  reopen_triggers:${blockList('    ', topic.triggers)}
status: ${snap.status}
`;
  if (snap.recommended) text += renderClosure(action, snap);
  if (snap.reopened) {
    text += `reopened:\n  - on: ${isoOf(action.reopened.on)}\n    by: ${action.reopened.by.id}\n    reason: ${scalar('Post-closure review found the improvement had not held.')}\n`;
  }
  return text;
}

const SUMMARIES = {
  observation: { supports: 'Observed practice against the updated plan; staff followed it confidently.', concern: 'Observed practice; staff did not follow the updated plan and needed prompting.' },
  care_record: { supports: 'Checked records against daily notes; entries were complete and consistent.', concern: 'Checked records against daily notes; entries were missing or out of date.' },
  feedback: { supports: 'Feedback gathered; people described the change as noticeable and positive.', concern: 'Feedback gathered; people said little had changed in practice.' },
  training: { neutral: 'Refresher session held for the team on the agreed changes.' },
  minutes: { neutral: 'Team meeting discussed progress on this action and agreed next steps.' },
  incident: { concern: 'Incident reported that links to this action; investigation started.' },
};

function summaryOf(action, item) {
  if (item.measurement) {
    const lead = item.type === 'trend' ? 'Monthly trend' : `Sampled ${action.topic.subject}`;
    return `${lead}; ${describeMeasurement(action.topic, item.measurement)}.`;
  }
  const texts = SUMMARIES[item.type] ?? {};
  return texts[item.finding] ?? Object.values(texts)[0] ?? 'Evidence recorded.';
}

/** Where a record lives: `flat` (actions/, evidence/) or `by-location` (locations/<id>/…). */
export function actionPath(action, layout) {
  return layout === 'flat' ? `actions/${action.id}.yaml` : `locations/${action.location.id}/actions/${action.id}.yaml`;
}

export function evidenceFolder(action, layout) {
  return layout === 'flat' ? `evidence/${action.id}` : `locations/${action.location.id}/evidence/${action.id}`;
}

export const attachmentPath = (action, item, layout) =>
  `${evidenceFolder(action, layout)}/files/${item.type}-${isoOf(item.date)}.${item.attachmentMissing ? 'pdf' : 'csv'}`;

export function renderEvidence(action, item, layout) {
  const m = item.measurement;
  const measurement = !m ? '' : m.value !== undefined ? `measurement: { value: ${m.value} }\n` : `measurement: { numerator: ${m.numerator}, denominator: ${m.denominator} }\n`;
  const attachments = item.attach || item.attachmentMissing ? `attachments: [${attachmentPath(action, item, layout)}]\n` : '';
  return `id: ${item.id}
action: ${action.id}
type: ${item.type}
${item.from ? `from: ${item.from}\n` : ''}date: ${isoOf(item.date)}
recorded_by: ${item.recordedByOverride ?? item.recordedBy.id}
${item.typo ? 'summery' : 'summary'}: ${scalar(summaryOf(action, item))}
${measurement}finding: ${item.finding}
${attachments}`;
}

/** A small CSV behind an audit: one row per sampled record. */
export function renderAttachment(item) {
  if (item.measurement?.value !== undefined) return `value\n${item.measurement.value}\n`;
  const { numerator = 0, denominator = 0 } = item.measurement ?? {};
  const rows = Array.from({ length: denominator }, (_, k) => `${k + 1},${k < numerator ? 'met' : 'not met'}`);
  return `record,result\n${rows.join('\n')}\n`;
}
