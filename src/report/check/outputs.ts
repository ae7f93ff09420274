// `--format name` / `--format name=path`: one run can print for people and write SARIF and
// JUnit files for the pipeline. Files are written atomically, so a CI step never reads half a file.
import { appendFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CqcError, UsageError } from '../../errors.js';
import type { CheckReport } from '../../model.js';
import { githubStepSummary } from './github.js';
import { FORMATS, reporterFor } from './index.js';
import type { ReportOptions } from './types.js';

export interface OutputSpec { format: string; path?: string }

export interface WriteTarget {
  /** Folder that relative output paths are resolved against (the user's working directory). */
  cwd: string;
  /** With GITHUB_STEP_SUMMARY set, the github format also appends a Markdown summary there. */
  env?: NodeJS.ProcessEnv;
}

/** Parses repeated --format values. No values means the default: human on stdout. */
export function parseFormatSpecs(values: string[]): OutputSpec[] {
  const specs = values.map(parseOne);
  if (specs.length === 0) return [{ format: 'human' }];
  const toStdout = specs.filter((s) => s.path === undefined);
  if (toStdout.length > 1) {
    throw new UsageError(
      `Only one --format can print to the screen, but ${toStdout.map((s) => s.format).join(' and ')} both would. ` +
        'Send the others to files, for example --format sarif=cqc.sarif.',
    );
  }
  const paths = specs.flatMap((s) => (s.path === undefined ? [] : [s.path]));
  const repeated = paths.find((p, i) => paths.indexOf(p) !== i);
  if (repeated !== undefined) throw new UsageError(`Two --format options write to the same file "${repeated}". Give each its own file.`);
  return specs;
}

function parseOne(value: string): OutputSpec {
  const eq = value.indexOf('=');
  const format = (eq === -1 ? value : value.slice(0, eq)).trim();
  const path = eq === -1 ? undefined : value.slice(eq + 1).trim();
  if (!reporterFor(format)) {
    throw new UsageError(`Unknown output format "${format}". Choose one of: ${FORMATS.join(', ')}.`);
  }
  if (path === '') throw new UsageError(`--format ${format}= needs a file name after "=", for example --format ${format}=cqc-report.`);
  // "name=-" is the usual spelling for "this one goes to the screen".
  return path === undefined || path === '-' ? { format } : { format, path };
}

/**
 * Renders every spec and writes the file ones; returns the text meant for stdout ('' if none).
 * Colour is used only for the human format on stdout, and only when opts.color says so.
 */
export function writeOutputs(report: CheckReport, specs: OutputSpec[], opts: ReportOptions, target: WriteTarget): string {
  let stdout = '';
  for (const spec of specs) {
    const reporter = reporterFor(spec.format);
    if (!reporter) throw new UsageError(`Unknown output format "${spec.format}". Choose one of: ${FORMATS.join(', ')}.`);
    const { width, ...rest } = opts;
    // Colour and the terminal's width are for the screen only, never for a file.
    const text = reporter(report, { ...rest, color: spec.path === undefined && spec.format === 'human' && opts.color, ...(spec.path === undefined && width !== undefined ? { width } : {}) });
    if (spec.path === undefined) stdout += text;
    else writeAtomically(resolve(target.cwd, spec.path), text, spec.format);
  }
  const stepSummary = target.env?.GITHUB_STEP_SUMMARY;
  if (stepSummary && specs.some((s) => s.format === 'github')) {
    // GitHub collects the step summary by appending, so this file is appended to, never replaced.
    tryWrite(stepSummary, 'the GitHub step summary', () => appendFileSync(stepSummary, githubStepSummary(report, opts)));
  }
  return stdout;
}

/** Write a whole file or nothing: a reader never sees half of it. `format` names it in the error ("the <format> report"). */
export function writeAtomically(path: string, text: string, format: string): void {
  const temp = `${path}.tmp-${process.pid}`;
  tryWrite(path, `the ${format} report`, () => {
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(temp, text);
      renameSync(temp, path);
    } finally {
      rmSync(temp, { force: true });
    }
  });
}

function tryWrite(path: string, what: string, write: () => void): void {
  try {
    write();
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : '';
    throw new CqcError(`Could not write ${what} to ${path}${reason}. Check the folder exists and you may write to it.`);
  }
}

/**
 * Colour for people at a terminal only. NO_COLOR with a value always wins (https://no-color.org:
 * set and non-empty; an empty NO_COLOR is as if unset). FORCE_COLOR follows Node's own reading:
 * 0 or false turns colour off; any other value, empty included, turns it on even without a
 * terminal (CI logs). TERM=dumb turns it off. Machine formats are never coloured whatever this says.
 */
export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}
