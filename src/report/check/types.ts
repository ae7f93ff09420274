// What every reporter is given and what it returns: a pure function from a check report to text.
import type { CheckReport } from '../../model.js';

export interface ReportOptions {
  /** Colour the output (human format only; machine formats ignore it). */
  color: boolean;
  /** Absolute path of the assurance repo (the folder holding cqc.yaml). */
  root: string;
  /** Why git rules did not run, e.g. "git rules skipped (--no-git)". */
  gitNote?: string;
  /** The date every date rule was judged against, YYYY-MM-DD. */
  asOf: string;
  /** The terminal's width: the human format wraps messages to it (absent: no wrapping). */
  width?: number;
}

/** Renders a report as text ending with a newline. Never prints, never reads files. */
export type Reporter = (report: CheckReport, opts: ReportOptions) => string;
