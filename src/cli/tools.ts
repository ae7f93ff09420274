// Commander wiring for the helpers around the records: schema (for editors and other tools) and
// demo (the bundled example). Each action only sets the handler; the verb's module loads lazily.
import { Option, type Command } from 'commander';
import type { SetHandler } from './index.js';
import { dirOption } from './options.js';

export function registerToolCommands(program: Command, setHandler: SetHandler): void {
  program
    .command('schema')
    .description('print a JSON Schema (cqc, people, action, evidence, framework), for editors and other tools')
    .argument('[name]', 'which schema; omit to list them')
    .action((name?: string) => setHandler(async (io) => (await import('../commands/schema.js')).schemaCommand({ name }, io)));

  program
    .command('migrate')
    .description('move every record to the other folder layout in one commit, keeping each record\'s history (a senior person makes it: it changes cqc.yaml)')
    .addOption(dirOption())
    .addOption(new Option('--layout <layout>', 'by-location: a folder per location; flat: actions/ and evidence/').choices(['by-location', 'flat']).makeOptionMandatory())
    .action((opts) => setHandler(async (io) => (await import('../commands/migrate.js')).migrateCommand(opts, io)));

  program
    .command('demo')
    .description('build the bundled example into a new git repo with a real history, then check, status and audit it')
    .argument('[dir]', 'where to build it (a new or empty folder); default: a new temporary folder')
    .action((dir?: string) => setHandler(async (io) => (await import('../commands/demo.js')).demoCommand({ dir }, io)));
}
