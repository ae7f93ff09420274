// docs/reference.md is the contract users and pipelines read: it must say what cqc does. Its
// generated tables must equal what the code says now (run `npm run docs` after adding a rule or
// changing a schema), and the written parts must cover every command, format, summary field and
// exit code there is.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/index.js';
import { generatedSections, sectionsIn } from '../../src/docs/reference-tables.js';
import type { Io } from '../../src/io.js';
import { FORMATS } from '../../src/report/check/index.js';
import { RULE_METAS } from '../../src/rules/index.js';

const read = (rel: string) => readFileSync(new URL(`../../${rel}`, import.meta.url), 'utf8');
const reference = read('docs/reference.md');

describe('docs/reference.md', () => {
  it.each(Object.keys(generatedSections()))('has the %s table exactly as the code gives it (else run npm run docs)', (name) => {
    expect(sectionsIn(reference)[name], `docs/reference.md is out of date: run "npm run docs"`).toBe(generatedSections()[name]);
  });

  it('lists every rule of the registry with its severity', () => {
    for (const meta of RULE_METAS) expect(reference).toContain(`| \`${meta.id}\` | ${meta.severity} | ${meta.stage} |`);
  });

  it('describes every command, every output format, every summary field and every exit code', () => {
    const io: Io = { stdout: () => {}, stderr: () => {}, cwd: '.', env: {}, stdoutIsTTY: false, stdinIsTTY: false };
    const commands = buildProgram(io, () => {}).commands.flatMap((c) => (c.commands.length ? c.commands.map((sub) => `${c.name()} ${sub.name()}`) : [c.name()]));
    expect(commands.length).toBeGreaterThan(10);
    for (const command of commands) expect(reference, command).toMatch(new RegExp(`\\| \`cqc ${command}[ \`]`));
    for (const format of FORMATS) expect(reference, format).toContain(`| \`${format}\` |`);
    for (const key of ['actions', 'evidence', 'errors', 'warnings', 'waived', 'git', 'held_back']) expect(reference, key).toMatch(new RegExp(`summary\\.${key}\\b`));
    for (const code of ['0', '1', '2', '130']) expect(reference, code).toContain(`| \`${code}\` |`);
  });

  it('is where the README sends readers, instead of a SPEC.md the repository does not have', () => {
    const readme = read('README.md');
    expect(readme).not.toContain('SPEC.md');
    expect(readme).toContain('[docs/reference.md](docs/reference.md)');
  });
});
