// The demo's realistic history as plain data: one entry per commit, with the full text of every
// file it adds or changes. Replayed in order into an empty git repo it ends exactly at examples/.
import { parse } from 'yaml';
import type { Config } from '../model.js';
import { CONFIG_FILE, fileId, layoutOf, type Layout } from '../repo/layout.js';
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

/** Where the record with this id sits in examples/, in whichever layout its cqc.yaml sets. */
function recordPath(examples: Record<string, string>, layout: Layout, kind: 'action' | 'evidence', id: string): string {
  const path = Object.keys(examples).find((p) => layout.kindOf(p) === kind && fileId(p) === id);
  if (path === undefined) throw new Error(`The demo story needs the ${kind} ${id}, which is missing from examples/.`);
  return path;
}

/** An evidence file and the attachments it names, as they are in examples/. */
function evidenceFiles(examples: Record<string, string>, layout: Layout, id: string): Record<string, string> {
  const path = recordPath(examples, layout, 'evidence', id);
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
  const layout = layoutOf(parse(exampleFile(examples, CONFIG_FILE), { version: '1.2' }) as Partial<Config>);
  const stages = new Map<string, ActionStage>();
  const committed = new Map<string, string>();
  return steps.map((step) => {
    const files: Record<string, string> = {};
    for (const path of step.paths ?? []) files[path] = exampleFile(examples, path);
    if (step.action) {
      for (const id of step.evidence ?? []) Object.assign(files, evidenceFiles(examples, layout, id));
      if (step.stage) stages.set(step.action, step.stage);
      const stage = stages.get(step.action);
      const path = recordPath(examples, layout, 'action', step.action);
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
