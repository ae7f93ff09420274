// Examples `cqc init` writes beside the records: a CI workflow, a pre-commit hook, and editor
// settings mapping each kind of file to its JSON Schema.
//
// Editor schema hints point at the schemas' published $id URLs (https://cqc-tool.github.io/schemas/v1/…)
// rather than node_modules/cqc/schemas: an assurance repo is usually not an npm project, so there is
// no node_modules to point into. `cqc schema <name>` prints the same schema for offline use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findExamplesDir } from '../demo/example-files.js';
import { schemaUrl } from '../workflow/records.js';

/** The GitHub Actions workflow, the same file the bundled example repo carries. */
export function ciWorkflow(): string {
  return readFileSync(join(findExamplesDir(), '.github', 'workflows', 'cqc.yml'), 'utf8');
}

export const PRE_COMMIT_HOOK = `#!/bin/sh
# Example pre-commit hook: refuse a commit while the assurance records have errors.
# Turn it on for your clone with:   git config core.hooksPath .githooks
# It checks the files as they are in the working folder (the audit-trail rules run in CI).
if ! command -v cqc >/dev/null 2>&1; then
  echo "cqc is not installed, so the records were not checked (npm install --global cqc)." >&2
  exit 0
fi
exec cqc check --no-git
`;

export function vscodeSettings(): string {
  const settings = {
    'yaml.schemas': {
      [schemaUrl('cqc')]: ['cqc.yaml'],
      [schemaUrl('people')]: ['people.yaml'],
      [schemaUrl('action')]: ['actions/*.yaml', 'actions/*.yml'],
      [schemaUrl('evidence')]: ['evidence/*/*.yaml', 'evidence/*/*.yml'],
    },
  };
  return `${JSON.stringify(settings, null, 2)}\n`;
}
