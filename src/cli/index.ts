// Commander wiring only: one .command() per verb, each loading its module when it runs, so a
// pre-commit hook pays only for the command it calls. The areas live beside this file.
import { Command, CommanderError } from 'commander';
import { uncaughtEnvironmentError } from '../environment.js';
import { Cancelled, CqcError, UsageError } from '../errors.js';
import { processIo, type Io } from '../io.js';
import { withholdPersonalData } from '../personal-data/index.js';
import { VERSION } from '../version.js';
import { registerExchangeCommands } from './exchange.js';
import { registerReadingCommands } from './reading.js';
import { registerRecordCommands } from './records.js';
import { registerStepCommands } from './steps.js';
import { registerToolCommands } from './tools.js';

export type Handler = (io: Io) => Promise<number>;
export type SetHandler = (h: Handler) => void;

export function buildProgram(io: Io, setHandler: SetHandler): Command {
  const program = new Command('cqc')
    .description('Govern CQC improvement actions: validate the records, decide safe closure, read the audit trail.')
    .version(VERSION, '-V, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (msg, write) => write(`cqc: ${oneLine(msg.replace(/^error: /, ''))}\n`) });

  // In the order a user meets them: look at the records, write them, then the helpers.
  registerReadingCommands(program, setHandler);
  registerRecordCommands(program, setHandler);
  registerStepCommands(program, setHandler);
  registerExchangeCommands(program, setHandler);
  registerToolCommands(program, setHandler);
  return program;
}

export async function run(argv: string[], io: Io = processIo()): Promise<number> {
  let handler: Handler | undefined;
  const program = buildProgram(io, (h) => (handler = h));
  try {
    await program.parseAsync(hoistLeadingDir(argv), { from: 'user' });
    if (!handler) {
      program.outputHelp();
      return 2;
    }
    return await handler(io);
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? 0 : 2;
    }
    if (e instanceof Cancelled) {
      // On its own line: the cursor is still after the question that was being answered.
      io.stderr(`\n${e.message}\n`);
      return 130;
    }
    if (e instanceof UsageError || e instanceof CqcError) {
      // A message may quote what the user typed or a value from a file: never an identifier.
      io.stderr(`cqc: ${withholdPersonalData(e.message)}\n`);
      return 2;
    }
    // The machine's doing (a full disk, a denied folder), not a bug: say so, with the path.
    const environment = uncaughtEnvironmentError(e);
    if (environment) {
      io.stderr(`cqc: ${environment.message}\n`);
      return 2;
    }
    const err = e as Error;
    io.stderr(`cqc: internal error: ${err?.message ?? String(e)}. Please report this with the command you ran.\n`);
    if (io.env.CQC_DEBUG) io.stderr(`${err?.stack ?? ''}\n`);
    return 2;
  }
}

/**
 * `cqc -C <dir> <command> …`, as git takes it (SPEC: the root is the nearest cqc.yaml "or -C <dir>"):
 * a -C / --dir written before the command becomes that command's own -C, so both orders work.
 * A command that takes no -C still refuses it (exit 2), as it would after the command.
 */
export function hoistLeadingDir(argv: string[]): string[] {
  const [flag, ...rest] = argv;
  let dir: string[];
  if ((flag === '-C' || flag === '--dir') && rest.length > 0) dir = [flag, rest.shift()!];
  else if (flag !== undefined && (/^-C./.test(flag) || flag.startsWith('--dir='))) dir = [flag];
  else return argv;
  // Options after the command's arguments still parse; only "--" ends them.
  const end = rest.indexOf('--');
  return end === -1 ? [...rest, ...dir] : [...rest.slice(0, end), ...dir, ...rest.slice(end)];
}

/** Commander puts its "(Did you mean --format?)" on a line of its own; a usage error is one line on stderr. */
function oneLine(message: string): string {
  return message.trim().replace(/\s*\n\s*/g, ' ');
}
