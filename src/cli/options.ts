// Options that several commands take, each defined once so its flag, help and parsing agree
// everywhere. Factories, not constants: commander needs a fresh Option for every command.
import { Option, type Command } from 'commander';
import { parseDateOption } from '../options.js';

/** The same words on every command that takes -C, so a user learns them once. */
export const DIR_HELP = 'the assurance repo: the folder holding cqc.yaml; default: the nearest one above the current folder';

export function dirOption(): Option {
  return new Option('-C, --dir <dir>', DIR_HELP);
}

/** A date flag checked as YYYY-MM-DD while parsing, so a bad date is a usage error (exit 2). */
export function dateOption(flags: string, help: string): Option {
  const flag = flags.split(' ')[0]!;
  return new Option(flags, help).argParser((v) => parseDateOption(flag, v));
}

export function asOfOption(): Option {
  return dateOption('--as-of <date>', 'judge dates as if today were this day (YYYY-MM-DD)');
}

export function noGitOption(): Option {
  return new Option('--no-git', 'skip the audit-trail rules that read git history');
}

/** `--location <id>` as a filter (check, status); `new` takes a location as a value instead. */
export function locationFilterOption(): Option {
  return new Option('--location <id>', 'only the actions of this location (its id in cqc.yaml)');
}

/** One output format with a default (status, audit, report); check's is repeatable instead. */
export function formatOption(help: string, defaultFormat: string): Option {
  return new Option('--format <format>', help).default(defaultFormat);
}

export function outputOption(what: string): Option {
  return new Option('-o, --output <file>', `write ${what} to this file instead of the screen`);
}

/**
 * A flag that may be given more than once. No default: commander would print "(default: [])",
 * which tells a reader nothing. Absent means undefined; the commands read it as an empty list.
 */
export function repeatableOption(flags: string, help: string): Option {
  return new Option(flags, help).argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
}

/** `--by`: the acting person; `who` says what they did, e.g. "who is acting". */
export function byOption(who: string): Option {
  return new Option('--by <person>', `${who} (their id in people.yaml); default: the person whose email is your git user.email`);
}

/** `--commit`: `what` names the files, e.g. "the new file". */
export function commitOption(what: string): Option {
  return new Option('--commit', `commit ${what}, and nothing else, as you, with Cqc-Action and Cqc-Event trailers`);
}

export function noInputOption(): Option {
  return new Option('--no-input', 'never ask questions, even on a terminal');
}

/** What every governance step takes after its own options: who, when, and whether to commit. */
export function stepOptions(event: string): Option[] {
  return [
    byOption('who is acting'),
    dateOption('--on <date>', `the date of the ${event} (YYYY-MM-DD); default: today`),
    commitOption('the written file(s)'),
  ];
}

export function addOptions(command: Command, options: readonly Option[]): Command {
  for (const option of options) command.addOption(option);
  return command;
}
