// `cqc export`: every action as one spreadsheet row (CSV or XLSX), for the trackers and returns
// providers already keep. The rows come from the same judgement as `cqc status`.
import { extname, resolve } from 'node:path';
import { today } from '../dates.js';
import { judge, rootOf } from '../engine/judge.js';
import { UsageError } from '../errors.js';
import { exportRow } from '../exchange/columns.js';
import { writeCsv } from '../exchange/csv.js';
import { exportActions } from '../exchange/export-actions.js';
import { writeXlsx } from '../exchange/xlsx.js';
import type { Io } from '../io.js';
import { writeAtomically } from '../report/check/outputs.js';
import { skippedNote, toScreen } from './exchange-common.js';

export interface ExportOptions {
  dir?: string;
  asOf?: string;
  git: boolean;
  format?: string;
  output?: string;
  location?: string;
}

const FORMATS = ['csv', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];

/** Exit 0 whenever the file is written: problems in the records are its content, not a failure. */
export async function exportCommand(opts: ExportOptions, io: Io): Promise<number> {
  const format = formatOf(opts);
  const root = rootOf(io.cwd, opts.dir);
  const asOf = opts.asOf ?? today();
  const outcome = await judge({
    cwd: io.cwd, dir: root, git: opts.git, asOf,
    ...(opts.location !== undefined ? { location: opts.location } : {}),
  });
  const rows = exportActions(outcome, opts.location).map(exportRow);
  const skipped = skippedNote(outcome, opts.location);
  if (skipped) io.stderr(skipped);
  if (toScreen(opts.output)) {
    io.stdout(await writeCsv(rows, false));
    return 0;
  }
  const path = resolve(io.cwd, opts.output!);
  writeAtomically(path, format === 'xlsx' ? await writeXlsx(rows) : await writeCsv(rows, true), `${format.toUpperCase()} export`);
  io.stdout(`Exported ${rows.length} action${rows.length === 1 ? '' : 's'} to ${path}.\n`);
  return 0;
}

/**
 * --format, or else the -o file's extension, or else CSV. A workbook is binary, so it needs a file;
 * and a CSV named .xlsx (or the reverse) would only confuse the spreadsheet that opens it.
 */
function formatOf(opts: ExportOptions): Format {
  const ext = opts.output !== undefined && !toScreen(opts.output) ? extname(opts.output).slice(1).toLowerCase() : '';
  const byName = (FORMATS as readonly string[]).includes(ext) ? (ext as Format) : undefined;
  const given = opts.format?.toLowerCase();
  if (given !== undefined && !(FORMATS as readonly string[]).includes(given)) {
    throw new UsageError(`cqc export writes "csv" or "xlsx"; "${opts.format}" is not one of them.`);
  }
  const format = (given as Format | undefined) ?? byName ?? 'csv';
  if (format === 'xlsx' && toScreen(opts.output)) {
    throw new UsageError('--format xlsx writes a workbook, which cannot be shown on the screen: give a file to write it to, e.g. -o actions.xlsx.');
  }
  if (byName !== undefined && byName !== format) {
    throw new UsageError(`-o ${opts.output} names a .${byName} file but --format is ${format}: make them agree (e.g. -o actions.${format}).`);
  }
  return format;
}
