// Builds the demo assurance repo: a real git history, commit by commit, authored by the people
// in people.yaml on the dates they did the work, so `cqc audit` has a trail to read.
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { parse } from 'yaml';
import { commitAs, initRepository } from '../git/snapshot.js';
import type { Person } from '../model.js';
import { DEMO_STORY, type DemoCommit } from './story.js';
import { withLondonOffset } from './uk-time.js';

async function ensureEmptyDir(dir: string): Promise<void> {
  if (existsSync(dir)) {
    const entries = await readdir(dir);
    if (entries.length > 0) {
      throw new Error(`${dir} is not empty. The demo builds a new repo and will not touch existing files: choose a new or empty folder.`);
    }
  }
  await mkdir(dir, { recursive: true });
}

/** People by id, from the last people.yaml the story writes. */
function peopleOf(story: readonly DemoCommit[]): Map<string, Person> {
  const text = [...story].reverse().find((commit) => typeof commit.files['people.yaml'] === 'string')?.files['people.yaml'];
  if (typeof text !== 'string') throw new Error('The demo story never writes people.yaml.');
  const people = (parse(text, { version: '1.2' }) as { people?: Person[] }).people ?? [];
  return new Map(people.map((person) => [person.id, person]));
}

function safePath(dir: string, relativePath: string): string {
  if (isAbsolute(relativePath) || relativePath.split('/').includes('..')) {
    throw new Error(`The demo story names a path outside the repo: ${relativePath}`);
  }
  return join(dir, ...relativePath.split('/'));
}

function commitMessage(commit: DemoCommit): string {
  const trailers = Object.entries(commit.trailers ?? {}).map(([key, value]) => `${key}: ${value}`);
  return trailers.length > 0 ? `${commit.message}\n\n${trailers.join('\n')}\n` : `${commit.message}\n`;
}

/** Creates `dir` (which must be new or empty) as a git repo holding the demo's whole history. */
export async function buildDemoRepo(dir: string, story: readonly DemoCommit[] = DEMO_STORY): Promise<void> {
  await ensureEmptyDir(dir);
  const people = peopleOf(story);
  await initRepository(dir);
  for (const commit of story) {
    const person = people.get(commit.author);
    const email = person?.emails?.[0];
    if (!person || !email) throw new Error(`The demo story's author ${commit.author} has no email in people.yaml.`);
    const paths = Object.keys(commit.files);
    for (const [path, text] of Object.entries(commit.files)) {
      const target = safePath(dir, path);
      if (text === null) {
        await rm(target, { force: true });
      } else {
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, text, 'utf8');
      }
    }
    await commitAs(dir, paths, { name: person.name ?? person.id, email, date: withLondonOffset(commit.date) }, commitMessage(commit));
  }
}
