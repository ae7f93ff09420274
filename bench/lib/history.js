// The plan as git history: every governance step and every evidence item becomes a dated change
// by the person who made it, and one person's changes on one day share a commit, the way staff
// really commit (a morning's evidence in one go). File contents are rendered lazily, while the
// fast-import stream is written, so the whole repository never sits in memory at once.

import { actionPath, attachmentPath, evidenceFolder, renderAction, renderAttachment, renderConfig, renderEvidence, renderPeople } from './render.js';

const STAGE_MESSAGES = {
  raised: (a) => `Raise ${a.id}: ${a.topic.title}`,
  in_progress: (a) => `Start work on ${a.id}`,
  weakened: (a) => `Adjust the target for ${a.id}`,
  monitoring: (a) => `Move ${a.id} to monitoring`,
  recommended: (a) => `Recommend closing ${a.id}`,
  decided: (a) => (a.closure.decision === 'close' ? `Close ${a.id} after governance review` : `Hold ${a.id} in monitoring`),
  reviewed: (a) => `Post-closure review of ${a.id}: ${a.postClosure.result}`,
  reopened: (a) => `Reopen ${a.id}: improvement not sustained`,
};

/** Fold the stages into the state the action file shows after each one. */
function actionEvents(action, layout) {
  const snap = { status: 'open', goal: action.goal, recommended: false, decided: false, reviewed: false, reopened: false };
  return action.stages.map((stage) => {
    if (stage.stage === 'raised') snap.status = 'open';
    else if (stage.stage === 'in_progress') snap.status = 'in_progress';
    else if (stage.stage === 'monitoring') snap.status = 'monitoring';
    else if (stage.stage === 'recommended') snap.recommended = true;
    else if (stage.stage === 'decided') Object.assign(snap, { decided: true, status: action.closure.decision === 'close' ? 'closed' : 'monitoring' });
    else if (stage.stage === 'reviewed') snap.reviewed = true;
    else if (stage.stage === 'reopened') Object.assign(snap, { reopened: true, status: 'in_progress' });
    else if (stage.stage === 'weakened') snap.goal = stage.goal;
    const state = { ...snap, day: stage.day };
    return {
      day: stage.day,
      author: stage.commitBy ?? stage.by,
      message: STAGE_MESSAGES[stage.stage](action),
      trailers: `Cqc-Action: ${action.id}\nCqc-Event: ${stage.stage}`,
      files: [{ path: actionPath(action, layout), render: () => renderAction(action, state) }],
    };
  });
}

function evidenceEvents(action, layout) {
  return action.evidence.map((item) => {
    const files = [{ path: `${evidenceFolder(action, layout)}/${item.id}.yaml`, render: () => renderEvidence(action, item, layout) }];
    if (item.attach && !item.attachmentMissing) files.push({ path: attachmentPath(action, item, layout), render: () => renderAttachment(item) });
    return {
      day: item.commitDay ?? item.date,
      author: item.recordedBy,
      message: `Add evidence ${item.id} (${item.type.replace('_', ' ')})`,
      trailers: `Cqc-Action: ${action.id}\nCqc-Event: evidence`,
      files,
    };
  });
}

/**
 * Commits in history order: { day, author, message, files: [{ path, render }] }. The first sets up
 * cqc.yaml and people.yaml the day before the history starts.
 */
export function planCommits(plan, start) {
  const events = [];
  for (const action of plan.actions) events.push(...actionEvents(action, plan.layout), ...evidenceEvents(action, plan.layout));
  events.forEach((event, seq) => { event.seq = seq; });
  events.sort((a, b) => a.day - b.day || (a.author.id < b.author.id ? -1 : a.author.id > b.author.id ? 1 : a.seq - b.seq));
  const setup = {
    day: start - 1,
    author: plan.roster.central['provider-quality-lead'][0],
    message: 'Set up the assurance repository: provider, locations, policy and people',
    files: [
      { path: 'cqc.yaml', render: () => renderConfig(plan) },
      { path: 'people.yaml', render: () => renderPeople(plan) },
    ],
  };
  const commits = [setup];
  for (const event of events) {
    const last = commits[commits.length - 1];
    if (last.events && last.day === event.day && last.author === event.author) {
      last.events.push(event);
      continue;
    }
    commits.push({ day: event.day, author: event.author, events: [event] });
  }
  for (const commit of commits) {
    if (!commit.events) continue;
    const [first] = commit.events;
    commit.message = commit.events.length === 1
      ? `${first.message}\n\n${first.trailers}`
      : `Update the improvement tracker (${commit.events.length} changes)\n\n${commit.events.map((e) => `- ${e.message}`).join('\n')}`;
    commit.files = commit.events.flatMap((e) => e.files);
    delete commit.events;
  }
  return commits;
}
