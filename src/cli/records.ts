// Commander wiring for the commands that write new files: init, new and evidence add. Each action
// only sets the handler; the verb's module loads when it runs.
import { Option, type Command } from 'commander';
import type { SetHandler } from './index.js';
import { byOption, commitOption, dateOption, dirOption, noInputOption, repeatableOption } from './options.js';

export function registerRecordCommands(program: Command, setHandler: SetHandler): void {
  program
    .command('init')
    .description('start an assurance repo: cqc.yaml, people.yaml, folders, editor schema hints, CI and pre-commit examples')
    .argument('[dir]', 'the folder to set up (created if missing); default: the current folder')
    .option('--provider <name>', 'the registered provider name for cqc.yaml')
    .addOption(repeatableOption('--location <id=name>', 'a location registered with CQC, e.g. rose-house="Rose House"; repeat for more'))
    .addOption(new Option('--layout <layout>', 'flat: actions/ and evidence/ folders; by-location: a folder per location, for a group with many locations').choices(['flat', 'by-location']))
    .action((dir: string | undefined, opts) => setHandler(async (io) => (await import('../commands/init.js')).initCommand({ ...opts, dir }, io)));

  program
    .command('new')
    .description('write a new improvement action from flags, a template, or by answering questions on a terminal')
    .addOption(dirOption())
    .option('--template <name>', 'start from a template (moving-and-handling, supervision, nutrition); see --list-templates')
    .option('--list-templates', 'list the templates and stop')
    .option('--id <id>', 'the action id, e.g. MH-002; default: the next free id for the template\'s prefix')
    .option('--title <text>', 'a short plain description of the problem')
    .option('--location <id>', 'the location id from cqc.yaml')
    .option('--owner <person>', 'who is responsible for the work (people.yaml id)')
    .addOption(dateOption('--raised <date>', 'the date the action was raised; default: today'))
    .option('--source <source>', 'where the action came from: cqc-inspection, internal-audit, mock-inspection, provider-visit, complaint, incident, safeguarding, whistleblowing, commissioner, local-authority, pharmacy-audit, feedback or other')
    .option('--baseline <text>', 'what was found at the start')
    .addOption(repeatableOption('--risk-area <area>', 'a risk area, e.g. safety; repeat for more'))
    .addOption(repeatableOption('--quality-statement <id>', 'a quality statement id, e.g. safe.involving-people-to-manage-risks; repeat for more'))
    .addOption(repeatableOption('--regulation <n>', 'a fundamental standard, e.g. 12; repeat for more'))
    .option('--measure <text>', 'target: what is measured')
    .option('--unit <unit>', 'target unit: percent, count, days or other')
    .option('--goal <number>', 'target goal, e.g. 95')
    .option('--direction <dir>', 'at_least or at_most')
    .addOption(dateOption('--due <date>', 'target due date; with --template default: raised + the template\'s period'))
    .addOption(repeatableOption('--required-evidence <type>', 'an evidence type needed to close, e.g. audit; repeat for more'))
    .option('--min-sources <n>', 'distinct evidence types needed to close')
    .option('--sustained-for <n>', 'latest measurements in a row that must meet the goal')
    .option('--review-period <duration>', 'how long improvement is tracked before closure, e.g. P6W')
    .option('--reviewer <role>', 'the role that recommends closure')
    .option('--approver <role>', 'the role that decides closure')
    .option('--frequency <f>', 'monitoring: weekly, fortnightly, monthly or quarterly')
    .addOption(commitOption('the new file'))
    .addOption(noInputOption())
    .action((opts) => setHandler(async (io) => (await import('../commands/new.js')).newCommand(opts, io)));

  program
    .command('evidence')
    .description('record evidence for an action')
    .command('add')
    .description('write a new evidence item for an action: evidence/<ACTION>/<ACTION>-E<nn>.yaml')
    .argument('<action>', 'the action id, e.g. MH-001')
    .addOption(dirOption())
    .option('--id <id>', 'the evidence id; default: the next free <ACTION>-E<nn>')
    .option('--type <type>', 'audit, care_record, observation, feedback, trend, incident, minutes, training or other')
    .addOption(dateOption('--date <date>', 'the date the evidence was gathered; default: today'))
    .option('--summary <text>', 'what was looked at and what was found')
    .addOption(new Option('--finding <finding>', 'what it says about the improvement').choices(['supports', 'concern', 'neutral']))
    .option('--measurement <n/d>', 'a count out of a total in the target\'s unit, e.g. 12/12')
    .option('--value <number>', 'a single measured value in the target\'s unit, e.g. 96')
    .option('--target <id>', 'which of the action\'s targets the measurement is of, e.g. screening (needed when it has several)')
    .addOption(new Option('--from <who>', 'for feedback: whose views it records').choices(['people', 'staff', 'partners']))
    .addOption(repeatableOption('--attach <path>', 'a file backing the evidence up (copied into evidence/<ACTION>/files/ when outside it); repeat for more'))
    .addOption(byOption('who recorded it'))
    .addOption(commitOption('the written files'))
    .addOption(noInputOption())
    .action((action: string, opts) => setHandler(async (io) => (await import('../commands/evidence-add.js')).evidenceAddCommand({ ...opts, action }, io)));
}
