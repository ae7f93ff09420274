// Examples `cqc init` writes beside the records: a CI workflow, a pre-commit hook, and editor
// settings mapping each kind of file to its JSON Schema.
//
// Editor schema hints point at the schemas' published $id URLs (https://cqc-tool.github.io/schemas/v1/…)
// rather than node_modules/cqc-assurance/schemas: an assurance repo is usually not an npm project, so
// there is no node_modules to point into. `cqc schema <name>` prints the same schema for offline use.
//
// cqc is installed from a pinned source the provider controls (CQC_FROM in the workflow), never by
// a bare registry name: "cqc" on the npm registry is an unrelated project.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { findExamplesDir } from '../demo/example-files.js';
import type { Layout } from '../repo/layout.js';
import { schemaUrl } from '../workflow/records.js';

/** The GitHub Actions workflow, the same file the bundled example repo carries. */
export function ciWorkflow(): string {
  return readFileSync(join(findExamplesDir(), '.github', 'workflows', 'cqc.yml'), 'utf8');
}

/** Where the workflow installs cqc from (its CQC_FROM), so the hook's hint names the same source. */
export function cqcSource(workflow: string = ciWorkflow()): string {
  const from = (parse(workflow) as { env?: { CQC_FROM?: unknown } } | null)?.env?.CQC_FROM;
  if (typeof from !== 'string' || from === '') throw new Error('The bundled CI workflow has no env.CQC_FROM; reinstall cqc.');
  return from;
}

/** Single quotes: the shell takes everything inside literally. */
function shellQuoted(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

export function preCommitHook(source: string = cqcSource()): string {
  return `#!/bin/sh
# Example pre-commit hook: refuse a commit while the assurance records have errors.
# Turn it on for your clone with:   git config core.hooksPath .githooks
# It checks the files as they are in the working folder (the audit-trail rules run in CI).
#
# Install cqc from the same pinned source as CI: keep CQC_FROM the same as in
# .github/workflows/cqc.yml. Never by the bare name "cqc": on the npm registry that is an
# unrelated project.
CQC_FROM=${shellQuoted(source)}
if ! command -v cqc >/dev/null 2>&1; then
  echo "cqc is not installed, so the records were not checked. Install it with:" >&2
  echo "  npm pack \\"$CQC_FROM\\" --pack-destination /tmp && npm install --global /tmp/cqc-assurance-*.tgz" >&2
  exit 0
fi
exec cqc check --no-git
`;
}

export function vscodeSettings(layout: Pick<Layout, 'actionGlob' | 'evidenceGlob'>): string {
  // One glob per extension: editors' yaml.schemas globs do not all expand {yaml,yml}.
  const each = (glob: string) => ['yaml', 'yml'].map((ext) => glob.replace('{yaml,yml}', ext));
  const settings = {
    'yaml.schemas': {
      [schemaUrl('cqc')]: ['cqc.yaml'],
      [schemaUrl('people')]: ['people.yaml'],
      [schemaUrl('action')]: each(layout.actionGlob),
      [schemaUrl('evidence')]: each(layout.evidenceGlob),
    },
  };
  return `${JSON.stringify(settings, null, 2)}\n`;
}
