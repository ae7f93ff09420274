// Help as a user reads it in an 80-column terminal: every command, found from the program itself so
// a new command is covered without editing this file, printed by the built CLI.
import type { Command } from 'commander';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/index.js';
import { DIR_HELP } from '../../src/cli/options.js';
import { processIo } from '../../src/io.js';
import { cqc } from '../helpers/cli.js';

function commandPaths(command: Command, prefix: string[] = []): string[][] {
  return command.commands.flatMap((sub) => {
    const path = [...prefix, sub.name()];
    return [path, ...commandPaths(sub, path)];
  });
}

const program = buildProgram(processIo(), () => undefined);
const paths = commandPaths(program);
// Not a TTY, so commander wraps at 80 columns, as it does in an 80-column terminal.
const help = new Map(paths.map((path) => [path.join(' '), cqc([...path, '--help'], { cwd: tmpdir() })]));
const topLevel = cqc(['--help'], { cwd: tmpdir() });

/** The option's help with commander's wrapping undone: its first line and the indented lines after it. */
function optionHelp(text: string, flags: string): string | undefined {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trimStart().startsWith(`${flags} `));
  if (start === -1) return undefined;
  const indent = lines[start]!.length - lines[start]!.trimStart().length;
  const own = [lines[start]!.trim().slice(flags.length)];
  for (const line of lines.slice(start + 1)) {
    const deeper = line.length - line.trimStart().length > indent && !line.trimStart().startsWith('-');
    if (!deeper) break;
    own.push(line.trim());
  }
  return own.join(' ').replace(/\s+/g, ' ').trim();
}

describe('cqc <command> --help', () => {
  it('covers every command, and each prints its help', () => {
    expect(paths.map((p) => p.join(' '))).toEqual(expect.arrayContaining(['check', 'init', 'evidence add', 'review']));
    for (const [name, r] of help) {
      expect(r.code, name).toBe(0);
      expect(r.stdout, name).toMatch(new RegExp(`^Usage: cqc ${name} `));
    }
  });

  it('never prints an empty default such as "(default: [])"', () => {
    for (const [name, r] of [...help, ['', topLevel] as const]) {
      expect(r.stdout, name).not.toMatch(/\(default: (\[\]|""|undefined)\)/);
    }
  });

  it('fits an 80-column terminal', () => {
    for (const [name, r] of [...help, ['', topLevel] as const]) {
      const wide = r.stdout.split('\n').filter((line) => line.length > 80);
      expect(wide, name).toEqual([]);
    }
  });

  it('explains -C in the same plain words on every command that takes it', () => {
    const takingDir = [...help].filter(([, r]) => /^\s+-C, --dir <dir>/m.test(r.stdout));
    // Every command that reads or writes an assurance repo takes -C; init and demo make one instead.
    expect(takingDir.map(([name]) => name).sort()).toEqual(
      ['audit', 'calendar', 'check', 'close', 'evidence add', 'export', 'hold', 'import', 'migrate', 'new', 'recommend', 'reopen', 'report', 'review', 'status']);
    for (const [name, r] of takingDir) expect(optionHelp(r.stdout, '-C, --dir <dir>'), name).toBe(DIR_HELP);
    expect(DIR_HELP).toBe('the assurance repo: the folder holding cqc.yaml; default: the nearest one above the current folder');
  });

  it('lets repeatable options collect every value and leaves them out when not given', async () => {
    const initOptions = async (args: string[]) => {
      let seen: Record<string, unknown> | undefined;
      const probe = buildProgram(processIo(), () => undefined);
      probe.commands.find((c) => c.name() === 'init')!.action((_dir, opts: Record<string, unknown>) => { seen = opts; });
      await probe.parseAsync(['init', ...args], { from: 'user' });
      return seen;
    };
    expect((await initOptions(['--location', 'a=A', '--location', 'b']))?.location).toEqual(['a=A', 'b']);
    expect((await initOptions([]))?.location).toBeUndefined();
  });
});
