// Commander wiring only: one .command() per verb, each loading its module when it runs.
import { Command, CommanderError, Option } from 'commander';
import { CqcError, UsageError } from './errors.js';
import { processIo, type Io } from './io.js';
import { collect, parseDateOption } from './options.js';
import { registerAuditCommands } from './cli-audit.js';
import { registerMeetingCommands } from './cli-meeting.js';
import { registerWorkflowCommands } from './cli-workflow.js';
import { VERSION } from './version.js';

export type Handler = (io: Io) => Promise<number>;
export type SetHandler = (h: Handler) => void;

export function asOfOption(): Option {
  return new Option('--as-of <date>', 'judge every date rule as if today were this date (YYYY-MM-DD)').argParser((v) => parseDateOption('--as-of', v));
}

export function buildProgram(io: Io, setHandler: SetHandler): Command {
  const program = new Command('cqc')
    .description('Govern CQC improvement actions: validate the records, decide safe closure, read the audit trail.')
    .version(VERSION, '-V, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (msg, write) => write(`cqc: ${msg.replace(/^error: /, '')}`) });

  program
    .command('check')
    .description('validate every record and apply every rule; exit 1 when an error is found')
    .argument('[paths...]', 'only report on these files or folders (and the actions they belong to)')
    .option('-C, --dir <dir>', 'the assurance repo (the folder holding cqc.yaml); default: the nearest one above the current folder')
    .addOption(asOfOption())
    .option('--no-git', 'skip the audit-trail rules that read git history')
    .option('--strict', 'fail on warnings as well as errors')
    .option('--format <format>', 'human, json, junit, sarif, github or markdown; repeat as name=path to also write files', collect, [])
    .option('--location <id>', 'only check the actions of one location')
    .option('--no-cache', 'ignore and do not write the parse cache')
    .action((paths: string[], opts) => setHandler(async (io) => (await import('./commands/check.js')).checkCommand({ ...opts, paths }, io)));

  program
    .command('schema')
    .description('print a JSON Schema (cqc, people, action, evidence, framework), for editors and other tools')
    .argument('[name]', 'which schema; omit to list them')
    .action((name?: string) => setHandler(async (io) => (await import('./commands/schema.js')).schemaCommand({ name }, io)));

  registerAuditCommands(program, setHandler);
  registerWorkflowCommands(program, setHandler);
  registerMeetingCommands(program, setHandler);
  return program;
}

export async function run(argv: string[], io: Io = processIo()): Promise<number> {
  let handler: Handler | undefined;
  const program = buildProgram(io, (h) => (handler = h));
  try {
    await program.parseAsync(argv, { from: 'user' });
    if (!handler) {
      program.outputHelp();
      return 2;
    }
    return await handler(io);
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? 0 : 2;
    }
    if (e instanceof UsageError || e instanceof CqcError) {
      io.stderr(`cqc: ${e.message}\n`);
      return 2;
    }
    const err = e as Error;
    io.stderr(`cqc: internal error: ${err?.message ?? String(e)}. Please report this with the command you ran.\n`);
    if (io.env.CQC_DEBUG) io.stderr(`${err?.stack ?? ''}\n`);
    return 2;
  }
}
