// Commander wiring for `cqc status`, `cqc report` and `cqc demo`. Each action only sets the handler.
import type { Command } from 'commander';
import { asOfOption, type SetHandler } from './cli.js';
import { parseDateOption } from './options.js';

export function registerMeetingCommands(program: Command, setHandler: SetHandler): void {
  program
    .command('status')
    .description('one row per action: owner, status, RAG, due date and whether it can close today')
    .option('-C, --dir <dir>', 'the assurance repo (the folder holding cqc.yaml)')
    .addOption(asOfOption())
    .option('--no-git', 'skip the audit-trail rules that read git history')
    .option('--status <list>', 'only these statuses, comma-separated (open, in_progress, monitoring, closed)')
    .option('--owner <person>', 'only actions this person owns')
    .option('--location <id>', 'only actions at this location')
    .option('--overdue', 'only unfinished actions past their target date')
    .option('--format <format>', 'human (a table) or json', 'human')
    .action((opts) => setHandler(async (io) => (await import('./commands/status.js')).statusCommand(opts, io)));

  program
    .command('report')
    .description('the governance-meeting pack: summary, ready to close, blocked, decisions, reviews due, trends')
    .option('-C, --dir <dir>', 'the assurance repo (the folder holding cqc.yaml)')
    .addOption(asOfOption())
    .option('--no-git', 'skip the audit-trail rules that read git history')
    .option('--since <date>', 'list decisions and concerns from this date, e.g. the last meeting (default: one month before --as-of)', (v: string) => parseDateOption('--since', v))
    .option('--format <format>', 'markdown or html (one self-contained file)', 'markdown')
    .option('-o, --output <file>', 'write the pack to this file instead of the screen')
    .action((opts) => setHandler(async (io) => (await import('./commands/report.js')).reportCommand(opts, io)));

  program
    .command('demo')
    .description('build the bundled example into a new git repo with a real history, then check, status and audit it')
    .argument('[dir]', 'where to build it (a new or empty folder); default: a new temporary folder')
    .action((dir?: string) => setHandler(async (io) => (await import('./commands/demo.js')).demoCommand({ dir }, io)));
}
