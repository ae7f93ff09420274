// Examples `cqc init` writes beside the records: a CI workflow, a pre-commit hook, and editor
// settings mapping each kind of file to its JSON Schema.
//
// Editor schema hints point at the schemas' published $id URLs (https://cqc-tool.github.io/schemas/v1/…)
// rather than node_modules/cqc/schemas: an assurance repo is usually not an npm project, so there is
// no node_modules to point into. `cqc schema <name>` prints the same schema for offline use.
import { schemaUrl } from '../workflow/records.js';

export const CI_WORKFLOW = `# Checks the assurance records on every push and pull request, and blocks invalid closures.
# GitHub runs this file only from the top of the git repository: if the assurance repo is a
# subfolder, move this file to <repo>/.github/workflows/ and add "-C <subfolder>" to cqc check.
name: cqc
on:
  push:
  pull_request:
permissions:
  contents: read
  security-events: write   # to upload the SARIF findings to code scanning
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0   # the full history: cqc reads git as the audit trail, and a shallow clone is an error
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm install --global cqc
      - name: Check the records
        # github: annotations on the offending lines and a step summary; sarif: a file for code scanning
        run: cqc check --format github --format sarif=cqc.sarif
      - name: Upload findings to code scanning
        if: always()
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: cqc.sarif
          category: cqc
`;

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
