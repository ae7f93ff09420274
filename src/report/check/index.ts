// The reporter registry: `--format <name>` picks one of these by name.
import { githubReport } from './github.js';
import { humanReport } from './human.js';
import { jsonReport } from './json.js';
import { junitReport } from './junit.js';
import { markdownReport } from './markdown.js';
import { sarifReport } from './sarif.js';
import type { Reporter } from './types.js';

export const FORMATS = ['human', 'json', 'junit', 'sarif', 'github', 'markdown'] as const;
export type FormatName = (typeof FORMATS)[number];

const REPORTERS: Record<FormatName, Reporter> = {
  human: humanReport,
  json: jsonReport,
  junit: junitReport,
  sarif: sarifReport,
  github: githubReport,
  markdown: markdownReport,
};

export function isFormat(name: string): name is FormatName {
  return (FORMATS as readonly string[]).includes(name);
}

export function reporterFor(name: string): Reporter | undefined {
  return isFormat(name) ? REPORTERS[name] : undefined;
}

export type { ReportOptions, Reporter } from './types.js';
