// The demo's realistic history as plain data: one entry per commit, with the full text of every
// file it adds or changes. Replayed in order into an empty git repo it ends exactly at examples/.
import { parse } from 'yaml';
import { actionAsOf, type ActionStage } from './action-versions.js';
import { readExampleFiles } from './example-files.js';
import { STORY_SCRIPT, type StoryStep } from './story-script.js';

export interface DemoCommit {
  /** Local (UK) date and time, YYYY-MM-DDTHH:MM:SS. */
  date: string;
  /** Person id from people.yaml: the commit's author and committer. */
  author: string;
  message: string;
  /** Git trailers such as Cqc-Action and Cqc-Event. */
  trailers?: Record<string, string>;
  /** Repo-relative path -> new file text, or null to delete the file. */
  files: Record<string, string | null>;
}

function exampleFile(examples: Record<string, string>, path: string): string {
  const text = examples[path];
  if (text === undefined) throw new Error(`The demo story needs ${path}, which is missing from examples/.`);
  return text;
}

/** An evidence file and the attachments it names, as they are in examples/. */
function evidenceFiles(examples: Record<string, string>, action: string, id: string): Record<string, string> {
  const path = `evidence/${action}/${id}.yaml`;
  const text = exampleFile(examples, path);
  const files: Record<string, string> = { [path]: text };
  const parsed = parse(text, { version: '1.2' }) as { attachments?: unknown };
  const attachments = Array.isArray(parsed.attachments) ? parsed.attachments : [];
  for (const attachment of attachments) {
    if (typeof attachment === 'string') files[attachment] = exampleFile(examples, attachment);
  }
  return files;
}

/** Turns the story's steps into commits whose files come from (or are derived from) examples/. */
export function demoStory(
  examples: Record<string, string> = readExampleFiles(),
  steps: readonly StoryStep[] = STORY_SCRIPT,
): DemoCommit[] {
  const stages = new Map<string, ActionStage>();
  const committed = new Map<string, string>();
  return steps.map((step) => {
    const files: Record<string, string> = {};
    for (const path of step.paths ?? []) files[path] = exampleFile(examples, path);
    if (step.action) {
      for (const id of step.evidence ?? []) Object.assign(files, evidenceFiles(examples, step.action, id));
      if (step.stage) stages.set(step.action, step.stage);
      const stage = stages.get(step.action);
      const path = `actions/${step.action}.yaml`;
      if (stage) {
        // Steps finished by this date show as done, so evidence commits also tick their step.
        const text = actionAsOf(exampleFile(examples, path), step.date.slice(0, 10), stage);
        if (committed.get(path) !== text) files[path] = text;
        committed.set(path, text);
      }
    }
    const commit: DemoCommit = { date: step.date, author: step.author, message: step.message, files };
    if (step.action) {
      commit.trailers = { 'Cqc-Action': step.action, ...(step.event ? { 'Cqc-Event': step.event } : {}) };
    }
    return commit;
  });
}

export const DEMO_STORY: DemoCommit[] = demoStory();
