// Commander wiring for `cqc audit` (the audit-trail timeline). Each action only sets the handler; the verb's module loads lazily.
import type { Command } from 'commander';
import { asOfOption, type SetHandler } from './cli.js';

export function registerAuditCommands(program: Command, setHandler: SetHandler): void {
  program
    .command('audit')
    .description('the audit trail from git: the timeline of one action, or every closure decision with who recommended and decided it')
    .argument('[id]', 'an action id (e.g. MH-001); omit to list every closure decision')
    .option('-C, --dir <dir>', 'the assurance repo (the folder holding cqc.yaml)')
    .addOption(asOfOption())
    .option('--format <format>', 'human (a table) or json', 'human')
    .action((id: string | undefined, opts) => setHandler(async (io) => (await import('./commands/audit.js')).auditCommand({ ...opts, ...(id !== undefined ? { id } : {}) }, io)));
}
