// Commander wiring for the governance workflow: init, new, evidence add, recommend, close, hold, reopen, review. Each action only sets the handler; the verb's module loads lazily.
import { Option, type Command } from 'commander';
import type { SetHandler } from './cli.js';
import { collect, parseDateOption } from './options.js';

const DIR_HELP = 'the assurance repo (the folder holding cqc.yaml); default: the nearest one above the current folder';

function dateOption(flags: string, help: string): Option {
  const flag = flags.split(' ')[0]!;
  return new Option(flags, help).argParser((v) => parseDateOption(flag, v));
}

/** -C, --by, --on, --commit: every command that records a governance step takes them. */
function stepOptions(cmd: Command, what: string): Command {
  return cmd
    .option('-C, --dir <dir>', DIR_HELP)
    .option('--by <person>', 'who is acting (their id in people.yaml); default: the person whose email is your git user.email')
    .addOption(dateOption('--on <date>', `the date of the ${what} (YYYY-MM-DD); default: today`))
    .option('--commit', 'commit the written file(s), and nothing else, as you, with Cqc-Action and Cqc-Event trailers');
}

export function registerWorkflowCommands(program: Command, setHandler: SetHandler): void {
  program
    .command('init')
    .description('start an assurance repo: cqc.yaml, people.yaml, folders, editor schema hints, CI and pre-commit examples')
    .argument('[dir]', 'the folder to set up (created if missing); default: the current folder')
    .option('--provider <name>', 'the registered provider name for cqc.yaml')
    .option('--location <id=name>', 'a location registered with CQC, e.g. rose-house="Rose House"; repeat for more', collect, [])
    .action((dir: string | undefined, opts) => setHandler(async (io) => (await import('./commands/init.js')).initCommand({ ...opts, dir }, io)));

  const fresh = program
    .command('new')
    .description('write a new improvement action from flags, a template, or by answering questions on a terminal')
    .option('--template <name>', 'start from a template (moving-and-handling, supervision, nutrition); see --list-templates')
    .option('--list-templates', 'list the templates and stop')
    .option('--id <id>', 'the action id, e.g. MH-002 (default: the next free id for the template\'s prefix)')
    .option('--title <text>', 'a short plain description of the problem')
    .option('--location <id>', 'the location id from cqc.yaml')
    .option('--owner <person>', 'who is responsible for the work (people.yaml id)')
    .addOption(dateOption('--raised <date>', 'the date the action was raised; default: today'))
    .option('--source <source>', 'cqc-inspection, internal-audit, complaint, incident, safeguarding, commissioner, feedback or other')
    .option('--baseline <text>', 'what was found at the start')
    .option('--risk-area <area>', 'a risk area, e.g. safety; repeat for more', collect, [])
    .option('--quality-statement <id>', 'a quality statement id, e.g. safe.involving-people-to-manage-risks; repeat for more', collect, [])
    .option('--regulation <n>', 'a fundamental standard, e.g. 12; repeat for more', collect, [])
    .option('--measure <text>', 'target: what is measured')
    .option('--unit <unit>', 'target unit: percent, count, days or other')
    .option('--goal <number>', 'target goal, e.g. 95')
    .option('--direction <dir>', 'at_least or at_most')
    .addOption(dateOption('--due <date>', 'target due date; with --template default: raised + the template\'s period'))
    .option('--required-evidence <type>', 'an evidence type needed to close, e.g. audit; repeat for more', collect, [])
    .option('--min-sources <n>', 'distinct evidence types needed to close')
    .option('--sustained-for <n>', 'latest measurements in a row that must meet the goal')
    .option('--review-period <duration>', 'how long improvement is tracked before closure, e.g. P6W')
    .option('--reviewer <role>', 'the role that recommends closure')
    .option('--approver <role>', 'the role that decides closure')
    .option('--frequency <f>', 'monitoring: weekly, fortnightly, monthly or quarterly')
    .option('-C, --dir <dir>', DIR_HELP)
    .option('--commit', 'commit the new file, and nothing else, as you, with Cqc-Action and Cqc-Event trailers')
    .option('--no-input', 'never ask questions, even on a terminal');
  fresh.action((opts) => setHandler(async (io) => (await import('./commands/new.js')).newCommand(opts, io)));

  program
    .command('evidence')
    .description('record evidence for an action')
    .command('add')
    .description('write a new evidence item for an action: evidence/<ACTION>/<ACTION>-E<nn>.yaml')
    .argument('<action>', 'the action id, e.g. MH-001')
    .option('--id <id>', 'the evidence id (default: the next free <ACTION>-E<nn>)')
    .option('--type <type>', 'audit, care_record, observation, feedback, trend, incident, minutes, training or other')
    .addOption(dateOption('--date <date>', 'the date the evidence was gathered; default: today'))
    .option('--summary <text>', 'what was looked at and what was found')
    .addOption(new Option('--finding <finding>', 'what it says about the improvement').choices(['supports', 'concern', 'neutral']))
    .option('--measurement <n/d>', 'a count out of a total in the target\'s unit, e.g. 12/12')
    .option('--value <number>', 'a single measured value in the target\'s unit, e.g. 96')
    .addOption(new Option('--from <who>', 'for feedback: people, staff or partners').choices(['people', 'staff', 'partners']))
    .option('--attach <path>', 'a file backing the evidence up (copied into evidence/<ACTION>/files/ when outside it); repeat for more', collect, [])
    .option('--by <person>', 'who recorded it (people.yaml id); default: the person whose email is your git user.email')
    .option('-C, --dir <dir>', DIR_HELP)
    .option('--commit', 'commit the written files, and nothing else, as you, with Cqc-Action and Cqc-Event trailers')
    .option('--no-input', 'never ask questions, even on a terminal')
    .action((action: string, opts) => setHandler(async (io) => (await import('./commands/evidence-add.js')).evidenceAddCommand({ ...opts, action }, io)));

  stepOptions(program.command('recommend').description('record that the evidence supports closing an action (reviewer role); moves it to monitoring')
    .argument('<id>', 'the action id'), 'recommendation')
    .action((id: string, opts) => setHandler(async (io) => (await import('./commands/recommend.js')).recommendCommand(id, opts, io)));

  stepOptions(program.command('close').description('record the closure decision (approver role); refused, with reasons, while any closure rule fails')
    .argument('<id>', 'the action id')
    .option('--minutes <text>', 'where the decision is minuted, e.g. "Governance minutes 2026-10-20, item 4"')
    .option('--rationale <text>', 'why the action may close'), 'decision')
    .action((id: string, opts) => setHandler(async (io) => (await import('./commands/close.js')).closeCommand(id, opts, io)));

  stepOptions(program.command('hold').description('record a decision not to close yet; the action stays in monitoring until governance decides again by its return date')
    .argument('<id>', 'the action id')
    .addOption(dateOption('--return-by <date>', 'when governance will decide again (YYYY-MM-DD), after the decision date; default: four weeks after the decision'))
    .option('--minutes <text>', 'where the decision is minuted')
    .option('--rationale <text>', 'why closure is held'), 'decision')
    .action((id: string, opts) => setHandler(async (io) => (await import('./commands/hold.js')).holdCommand(id, opts, io)));

  stepOptions(program.command('reopen').description('reopen an action (appends to reopened:, status back to in_progress)')
    .argument('<id>', 'the action id')
    .requiredOption('--reason <text>', 'what happened, e.g. "Fall during transfer linked to an outdated assessment"'), 'reopening')
    .action((id: string, opts) => setHandler(async (io) => (await import('./commands/reopen.js')).reopenCommand(id, opts, io)));

  stepOptions(program.command('review').description('record a post-closure review; deteriorated also reopens the action')
    .argument('<id>', 'the action id')
    .addOption(new Option('--result <result>', 'sustained or deteriorated').choices(['sustained', 'deteriorated']).makeOptionMandatory())
    .option('--note <text>', 'what the review found'), 'review')
    .action((id: string, opts) => setHandler(async (io) => (await import('./commands/review.js')).reviewCommand(id, opts, io)));
}
