// Commander wiring for the commands that read the records and never change them: check, status,
// audit and report. Each action only sets the handler; the verb's module loads when it runs.
import type { Command } from 'commander';
import type { SetHandler } from './index.js';
import { asOfOption, dateOption, dirOption, formatOption, locationFilterOption, noGitOption, outputOption, repeatableOption } from './options.js';

export function registerReadingCommands(program: Command, setHandler: SetHandler): void {
  program
    .command('check')
    .description('validate every record and apply every rule; exit 1 when an error is found')
    .argument('[paths...]', 'only report on these files or folders (and the actions they belong to)')
    .addOption(dirOption())
    .addOption(asOfOption())
    .addOption(noGitOption())
    .option('--strict', 'fail on warnings as well as errors')
    .addOption(repeatableOption('--format <format>', 'human, json, junit, sarif, github or markdown; repeat as name=path to also write files'))
    .addOption(locationFilterOption())
    .option('--no-cache', 'do not use or write the remembered result of the last check (repos of 100 actions or more keep one)')
    .action((paths: string[], opts) => setHandler(async (io) =>
      (await import('../commands/check.js')).checkCommand({ ...opts, format: opts.format ?? [], paths }, io)));

  program
    .command('status')
    .description('one row per action: owner, status, RAG, due date and whether it can close today')
    .addOption(dirOption())
    .addOption(asOfOption())
    .addOption(noGitOption())
    .option('--status <list>', 'only these statuses, comma-separated (open, in_progress, monitoring, closed)')
    .option('--owner <person>', 'only actions this person owns')
    .addOption(locationFilterOption())
    .option('--overdue', 'only unfinished actions past their target date')
    .addOption(formatOption('human (a table) or json', 'human'))
    .action((opts) => setHandler(async (io) => (await import('../commands/status.js')).statusCommand(opts, io)));

  program
    .command('audit')
    .description('the audit trail from git: the timeline of one action, or every closure decision with who recommended and decided it')
    .argument('[id]', 'an action id (e.g. MH-001); omit to list every closure decision')
    .option('--personal-data', 'instead, scan every version of every record since the trail began for personal data: the commits, kinds and files, never the values; exit 1 when any is found')
    .addOption(dirOption())
    .addOption(asOfOption())
    .addOption(formatOption('human (a table) or json', 'human'))
    .action((id: string | undefined, opts) => setHandler(async (io) =>
      (await import('../commands/audit.js')).auditCommand({ ...opts, ...(id !== undefined ? { id } : {}) }, io)));

  program
    .command('report')
    .description('the governance-meeting pack: themes, summary, ready to close, blocked, decisions, reviews and reopenings from git, SPC charts; or the CQC action plan')
    .addOption(dirOption())
    .addOption(asOfOption())
    .addOption(noGitOption())
    .addOption(dateOption('--since <date>', 'list decisions, reviews, reopenings and concerns from this date, e.g. the last meeting; default: one month before --as-of'))
    .option('--by <view>', 'group the actions by location, statement (every quality statement, with the evidence categories behind it), regulation or theme')
    .option('--action-plan', 'instead, the action plan CQC asks for after a requirement notice: one section per breached regulation')
    .addOption(formatOption('markdown, or html for one self-contained file', 'markdown'))
    .addOption(outputOption('the pack'))
    .action((opts) => setHandler(async (io) => (await import('../commands/report.js')).reportCommand(opts, io)));
}
