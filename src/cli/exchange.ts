// Commander wiring for the bridges to the tools providers already use: spreadsheets (export, import)
// and calendars. Each action only sets the handler; the verb's module (and its library) loads when it runs.
import { Option, type Command } from 'commander';
import type { SetHandler } from './index.js';
import { asOfOption, dirOption, locationFilterOption, noGitOption, outputOption, repeatableOption } from './options.js';

export function registerExchangeCommands(program: Command, setHandler: SetHandler): void {
  program
    .command('export')
    .description('one spreadsheet row per action (CSV or XLSX): status, RAG, target, criteria and readiness as cqc status judges them')
    .addOption(dirOption())
    .addOption(asOfOption())
    .addOption(noGitOption())
    .addOption(new Option('--format <format>', 'csv or xlsx (xlsx needs -o); default: csv, or the -o file\'s extension'))
    .addOption(outputOption('the spreadsheet'))
    .addOption(locationFilterOption())
    .action((opts) => setHandler(async (io) => (await import('../commands/export.js')).exportCommand(opts, io)));

  program
    .command('import')
    .description('raise open and in-progress actions from a spreadsheet (CSV or XLSX) with the export\'s headers; nothing is written unless every row is valid')
    .argument('<file>', 'the .csv or .xlsx file; the first row holds the headers')
    .addOption(dirOption())
    .addOption(repeatableOption('--map <header=column>', 'read a column headed differently as an export column, e.g. "Lead=owner"; "Header=" leaves it out; repeat for more'))
    .option('--dry-run', 'check every row and say what would be written, writing nothing')
    .option('--commit', 'commit the new files, and nothing else, as you, in one commit with Cqc-Action and Cqc-Event: imported trailers')
    .action((file: string, opts) => setHandler(async (io) => (await import('../commands/import.js')).importCommand({ ...opts, file }, io)));

  program
    .command('calendar')
    .description('an iCalendar (.ics) file of target due dates, post-closure reviews and hold return dates, one all-day event each')
    .addOption(dirOption())
    .addOption(asOfOption())
    .addOption(outputOption('the calendar'))
    .addOption(locationFilterOption())
    // Accepted so that one script can pass --no-git to every reading command: the calendar's dates
    // come from the records alone, so it never reads the trail anyway.
    .addOption(new Option('--no-git', 'accepted and ignored: the calendar never reads git history'))
    .action((opts) => setHandler(async (io) => (await import('../commands/calendar.js')).calendarCommand(opts, io)));
}
