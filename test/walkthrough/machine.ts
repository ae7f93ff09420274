// A new user's machine for the README walkthrough: a fresh folder and a home of its own, git with
// no settings but those the README has the user make, an 80-column terminal, and each colleague
// committing under their own name on the day the story says (as if at their own computer).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { cqc, type CliResult } from '../helpers/cli.js';

export interface Colleague { id: string; name: string; email: string }

export const PRIYA: Colleague = { id: 'priya-patel', name: 'Priya Patel', email: 'priya.patel@example.org' };
export const GRACE: Colleague = { id: 'grace-okafor', name: 'Grace Okafor', email: 'grace.okafor@example.org' };
export const DAN: Colleague = { id: 'dan-jones', name: 'Dan Jones', email: 'dan.jones@example.org' };
export const LENA: Colleague = { id: 'lena-fischer', name: 'Lena Fischer', email: 'lena.fischer@example.org' };

/** Who acts (default: the machine's own git identity, Priya's) and on which day their commit is made. */
export interface Turn { as?: Colleague; on?: string; cwd?: string }

export const TERMINAL_WIDTH = 80;

export class NewUserMachine {
  /** The folder the user works in; the assurance repo is made inside it. */
  readonly folder = mkdtempSync(join(tmpdir(), 'cqc-walkthrough-'));
  readonly home = join(this.folder, 'home');
  readonly repo = join(this.folder, 'care-records');

  constructor() {
    mkdirSync(this.home);
  }

  /** The process environment of one turn: nothing from the test machine's git settings leaks in. */
  env(turn: Turn = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {};
    for (const key of Object.keys(process.env)) if (key.startsWith('GIT_')) env[key] = undefined;
    Object.assign(env, {
      HOME: this.home, XDG_CONFIG_HOME: this.home, XDG_CACHE_HOME: join(this.home, '.cache'), GIT_CONFIG_NOSYSTEM: '1',
      EMAIL: undefined, COLUMNS: String(TERMINAL_WIDTH),
    });
    if (turn.as) {
      Object.assign(env, { GIT_AUTHOR_NAME: turn.as.name, GIT_AUTHOR_EMAIL: turn.as.email, GIT_COMMITTER_NAME: turn.as.name, GIT_COMMITTER_EMAIL: turn.as.email });
    }
    if (turn.on) Object.assign(env, { GIT_AUTHOR_DATE: `${turn.on}T10:00:00+00:00`, GIT_COMMITTER_DATE: `${turn.on}T10:00:00+00:00` });
    return env;
  }

  cqc(args: string[], turn: Turn = {}): CliResult {
    return cqc(args, { cwd: turn.cwd ?? this.repo, env: this.env(turn) });
  }

  /** Shell lines as the user types them; each must succeed. */
  sh(lines: readonly string[], turn: Turn = {}): string {
    const r = spawnSync('sh', ['-ec', lines.join('\n')], { cwd: turn.cwd ?? this.repo, env: { ...process.env, ...this.env(turn) }, encoding: 'utf8' });
    expect(r.status, `${lines.join('\n')}\n${r.stderr}`).toBe(0);
    return r.stdout;
  }

  read(path: string): string {
    return readFileSync(join(this.repo, path), 'utf8');
  }

  write(path: string, text: string): void {
    writeFileSync(join(this.repo, path), text);
  }
}

/** Lines of a command's output (both streams) wider than the terminal. */
export function tooWide(r: CliResult, width = TERMINAL_WIDTH): string[] {
  return `${r.stdout}\n${r.stderr}`.split('\n').filter((line) => line.length > width);
}

/** The output's words, whatever the line breaks: what a reader takes from wrapped text. */
export function words(text: string): string {
  return text.replace(/\s+/g, ' ');
}
