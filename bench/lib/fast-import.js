// Write the whole history through one `git fast-import` stream: one git process for tens of
// thousands of commits, where a git process per commit would take many minutes.

import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { epochSeconds } from './days.js';

/** The environment for git: no inherited repository pointers, no user or system config. */
export function gitEnv() {
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_COMMON_DIR']) delete env[name];
  return env;
}

export function git(cwd, args, options = {}) {
  const result = spawnSync('git', args, { cwd, env: gitEnv(), encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr || result.error?.message}`);
  return result.stdout;
}

const WORKDAY_START = 8 * 3600;
const WORKDAY_LENGTH = 10 * 3600;

/** Commit times: spread each day's commits through the working day so dates strictly increase. */
function timesOf(commits) {
  const perDay = new Map();
  for (const commit of commits) perDay.set(commit.day, (perDay.get(commit.day) ?? 0) + 1);
  const seen = new Map();
  return commits.map((commit) => {
    const k = seen.get(commit.day) ?? 0;
    seen.set(commit.day, k + 1);
    const step = Math.max(1, Math.floor(WORKDAY_LENGTH / perDay.get(commit.day)));
    return epochSeconds(commit.day, WORKDAY_START + k * step);
  });
}

const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;

/**
 * Import `commits` ({ day, author: { name, emails }, message, files: [{ path, render }] }) onto
 * refs/heads/main of the repository at `dir`. Returns the number of files written.
 */
export async function importHistory(dir, commits) {
  // Level-1 zlib: a little larger pack, noticeably less CPU for tens of thousands of big trees.
  const child = spawn('git', ['-c', 'core.compression=1', 'fast-import', '--quiet', '--done'], { cwd: dir, env: gitEnv(), stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  child.stdin.on('error', () => {}); // a dying fast-import is reported by its exit code below
  const exited = once(child, 'close');
  const times = timesOf(commits);
  let buffer = 'feature done\n';
  let blobs = 0;
  for (let i = 0; i < commits.length; i += 1) {
    const { author, message, files } = commits[i];
    const who = `${author.name} <${author.emails[0]}> ${times[i]} +0000`;
    buffer += `commit refs/heads/main\nauthor ${who}\ncommitter ${who}\n${data(message)}`;
    for (const file of files) {
      buffer += `M 100644 inline ${file.path}\n${data(file.render())}`;
      blobs += 1;
    }
    buffer += '\n';
    if (buffer.length > 1 << 20) {
      if (!child.stdin.write(buffer)) await Promise.race([once(child.stdin, 'drain'), exited]);
      buffer = '';
    }
  }
  child.stdin.end(`${buffer}done\n`);
  const [code] = await exited;
  if (code !== 0) throw new Error(`git fast-import failed (exit ${code}): ${stderr}`);
  return blobs;
}
