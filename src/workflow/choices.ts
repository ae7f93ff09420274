// Asking well on a terminal: offer the choices as a numbered list, take a number or the name, and
// when an answer will not do, say why in plain words and ask that one question again. Earlier
// answers are kept: a slip on the seventh question costs one retype, not seven.
import type { Asker } from './prompt.js';
import { closest } from '../suggest.js';

/** An answer read into a value, or why it cannot be one (said to the person, who is asked again). */
export type Reading<T> = { value: T } | { problem: string };

export interface Choice { value: string; label?: string }

export interface Conversation {
  asker: Asker;
  /** Lines for the person at the terminal (the list of choices, a problem with an answer). */
  say(text: string): void;
}

/** Ask until the answer reads. `fallback` is what an empty answer means (shown in brackets). */
export async function askUntil<T>(talk: Conversation, question: string, read: (answer: string) => Reading<T>, fallback?: string): Promise<T> {
  for (;;) {
    const reading = read((await talk.asker.ask(question, fallback)).trim());
    if ('value' in reading) return reading.value;
    talk.say(`  ${reading.problem}\n`);
  }
}

/** "  1) rose-house  Rose House" lines. */
export function numbered(choices: readonly Choice[]): string {
  const width = String(choices.length).length;
  return choices.map((c, i) => `  ${String(i + 1).padStart(width)}) ${c.value}${c.label ? `  ${c.label}` : ''}\n`).join('');
}

/** One choice, by its number or its value (capitals ignored); with a "did you mean" when it is neither. */
export function readChoice(answer: string, choices: readonly Choice[], what: string): Reading<string> {
  const n = Number(answer);
  if (/^\d+$/.test(answer)) {
    return n >= 1 && n <= choices.length ? { value: choices[n - 1]!.value } : { problem: `There is no number ${answer} in the list: choose 1 to ${choices.length}.` };
  }
  const exact = choices.find((c) => c.value.toLowerCase() === answer.toLowerCase());
  if (exact) return { value: exact.value };
  const near = closest(answer, choices.map((c) => c.value));
  return { problem: `"${answer}" is not ${what}.${near ? ` Did you mean "${near}"?` : ''} Type its number from the list, or its name as shown.` };
}

/** Several choices, separated by commas or spaces; each read as readChoice reads one. */
export function readChoices(answer: string, choices: readonly Choice[], what: string): Reading<string[]> {
  const values: string[] = [];
  for (const part of answer.split(/[,\s]+/).filter(Boolean)) {
    const one = readChoice(part, choices, what);
    if ('problem' in one) return one;
    if (!values.includes(one.value)) values.push(one.value);
  }
  return { value: values };
}

/** Yes or no, with a default for an empty answer (the caller passes it as the fallback). */
export function readYesNo(answer: string): Reading<boolean> {
  if (/^(y|yes)$/i.test(answer)) return { value: true };
  if (/^(n|no)$/i.test(answer)) return { value: false };
  return { problem: 'Answer y (yes) or n (no).' };
}
