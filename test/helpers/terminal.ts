// Run the built CLI on a pseudo-terminal (python3's pty module, no npm dependency) and answer its
// questions as a person would: each step waits for a text to appear, then types the answer.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BIN } from './cli.js';

const DRIVER = fileURLToPath(new URL('./pty-driver.py', import.meta.url));

export interface TerminalRun { transcript: string; code: number; missing: string | null }

/** [what to wait for, what to type]; type "\r" for Enter, "\x03" for Ctrl-C, "\x04" for Ctrl-D. */
export type Step = [expect: string, send: string];

export function onTerminal(args: string[], cwd: string, steps: Step[], env: NodeJS.ProcessEnv = {}): TerminalRun {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', TERM: 'xterm-256color', COLUMNS: '100', ...env };
  delete childEnv.GITHUB_STEP_SUMMARY;
  // The limit only stops a run that hangs; a passing run never comes near it.
  const r = spawnSync('python3', [DRIVER], { input: JSON.stringify({ argv: [process.execPath, BIN, ...args], cwd, env: childEnv, steps }), encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, killSignal: 'SIGKILL', timeout: 50_000 });
  if (r.status !== 0) throw new Error(`The terminal driver failed (${r.signal ?? r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as TerminalRun;
}
