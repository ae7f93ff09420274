// Commander wiring for the governance steps: recommend, close, hold, reopen and review. Each
// takes an action id, its own options, then who, when and --commit; the verb's module loads lazily.
import { Option, type Command } from 'commander';
import type { SetHandler } from './index.js';
import { addOptions, dateOption, dirOption, repeatableOption, stepOptions } from './options.js';

/** `cqc <verb> <id>` with -C first and the shared step options last. */
function step(program: Command, verb: string, description: string): Command {
  return program.command(verb).description(description).argument('<id>', 'the action id').addOption(dirOption());
}

export function registerStepCommands(program: Command, setHandler: SetHandler): void {
  addOptions(step(program, 'recommend', 'record that the evidence supports closing an action (reviewer role); moves it to monitoring'),
    stepOptions('recommendation'))
    .action((id: string, opts) => setHandler(async (io) => (await import('../commands/recommend.js')).recommendCommand(id, opts, io)));

  addOptions(step(program, 'close', 'record the closure decision (approver role); refused, with reasons, while any closure rule fails')
    .option('--minutes <text>', 'where the decision is minuted, e.g. "Governance minutes 2026-10-20, item 4"')
    .option('--rationale <text>', 'why the action may close'), stepOptions('decision'))
    .action((id: string, opts) => setHandler(async (io) => (await import('../commands/close.js')).closeCommand(id, opts, io)));

  addOptions(step(program, 'hold', 'record a decision not to close yet; the action stays in monitoring until governance decides again by its return date')
    .addOption(dateOption('--return-by <date>', 'when governance will decide again (YYYY-MM-DD), after the decision; default: four weeks after it'))
    .option('--minutes <text>', 'where the decision is minuted')
    .option('--rationale <text>', 'why closure is held'), stepOptions('decision'))
    .action((id: string, opts) => setHandler(async (io) => (await import('../commands/hold.js')).holdCommand(id, opts, io)));

  addOptions(step(program, 'reopen', 'reopen an action (appends to reopened:, status back to in_progress)')
    .requiredOption('--reason <text>', 'what happened, e.g. "Fall during transfer linked to an outdated assessment"'), stepOptions('reopening'))
    .action((id: string, opts) => setHandler(async (io) => (await import('../commands/reopen.js')).reopenCommand(id, opts, io)));

  addOptions(step(program, 'review', 'record a post-closure review; deteriorated also reopens the action')
    .addOption(new Option('--result <result>', 'whether the improvement has held').choices(['sustained', 'deteriorated']).makeOptionMandatory())
    .addOption(repeatableOption('--evidence <id>', 'an evidence item of this action, dated after the decision, that the review looked at; repeat for more (a sustained review needs one)'))
    .option('--note <text>', 'what the review found'), stepOptions('review'))
    .action((id: string, opts) => setHandler(async (io) => (await import('../commands/review.js')).reviewCommand(id, opts, io)));
}
