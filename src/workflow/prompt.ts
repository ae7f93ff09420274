// Asking on a terminal for what the flags did not give. Only when stdin is a terminal: a script or
// CI job must never hang waiting for an answer, so there a missing value is a usage error instead.
import { createInterface } from 'node:readline';
import { Cancelled, UsageError } from '../errors.js';
import type { Io } from '../io.js';

export interface Asker {
  /** The answer, trimmed; `fallback` when the answer is empty. */
  ask(question: string, fallback?: string): Promise<string>;
  close(): void;
}

/**
 * Questions on the terminal, prompts on stderr so stdout stays clean. Ctrl-C and Ctrl-D end the
 * conversation: the pending question fails with Cancelled, and the command writes nothing.
 */
export function terminalAsker(): Asker {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  let pending: ((error: Cancelled) => void) | undefined;
  let closing = false;
  const cancel = () => { const stop = pending; pending = undefined; stop?.(new Cancelled()); };
  rl.on('SIGINT', cancel);
  rl.on('close', () => { if (!closing) cancel(); });
  return {
    ask(question, fallback) {
      return new Promise<string>((resolve, reject) => {
        pending = reject;
        rl.question(`${question}${fallback ? ` [${fallback}]` : ''}: `, (answer) => {
          pending = undefined;
          resolve(answer.trim() || fallback || '');
        });
      });
    },
    close: () => { closing = true; rl.close(); },
  };
}

/** A question for a value the flags did not give. */
export interface Question { flag: string; question: string; fallback?: string; required: boolean }

/**
 * Fill the missing values: ask on a terminal, or refuse naming the missing flags. Returns answers by
 * flag (empty answers to optional questions are left out).
 */
export async function askMissing(questions: readonly Question[], io: Io, opts: { input?: boolean; asker?: Asker }): Promise<Map<string, string>> {
  const answers = new Map<string, string>();
  if (!questions.length) return answers;
  const interactive = opts.asker !== undefined || (io.stdinIsTTY && opts.input !== false);
  if (!interactive) {
    const missing = questions.filter((q) => q.required).map((q) => q.flag);
    if (missing.length) throw new UsageError(`Missing ${missing.join(', ')}. Give ${missing.length > 1 ? 'them' : 'it'} on the command line (there is no terminal to ask on).`);
    return answers;
  }
  const asker = opts.asker ?? terminalAsker();
  try {
    for (const q of questions) {
      let answer = await asker.ask(q.question, q.fallback);
      while (q.required && !answer) answer = await asker.ask(`${q.question} (needed)`, q.fallback);
      if (answer) answers.set(q.flag, answer);
    }
  } finally {
    if (!opts.asker) asker.close();
  }
  return answers;
}
