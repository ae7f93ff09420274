import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { builtinFramework, resolveStatement } from '../../src/framework/index.js';
import { actions, config, evidence, EXAMPLE_FILES, EXAMPLES_DIR, layout, parseExample, people, personById, YAML_PATHS } from './load-examples.js';

const SCHEMAS_DIR = resolve(EXAMPLES_DIR, '..', 'schemas');
const roles = new Set(people.flatMap((p) => p.roles ?? []));
const locations = new Set((config.locations ?? []).map((l) => l.id));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validators = new Map<string, ReturnType<typeof ajv.compile>>();
function validatorFor(schemaPath: string): ReturnType<typeof ajv.compile> {
  let validate = validators.get(schemaPath);
  if (!validate) {
    validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
    validators.set(schemaPath, validate);
  }
  return validate;
}

describe('examples/ files', () => {
  it('hold the group layout SPEC.md describes: one folder per location', () => {
    expect(config.layout).toBe('by-location');
    expect(Object.keys(EXAMPLE_FILES)).toEqual(expect.arrayContaining(['cqc.yaml', 'people.yaml', 'README.md', '.github/CODEOWNERS']));
    expect(actions.map((a) => a.file).sort()).toEqual([
      'locations/maple-lodge/actions/NUT-001.yaml', 'locations/maple-lodge/actions/SUP-002.yaml',
      'locations/rose-house/actions/MH-001.yaml', 'locations/rose-house/actions/SUP-001.yaml',
    ]);
    for (const path of Object.keys(EXAMPLE_FILES)) {
      expect(path, path).toMatch(/^(cqc\.yaml|people\.yaml|README\.md|\.gitlab-ci\.yml|\.github\/(CODEOWNERS|workflows\/cqc\.yml)|locations\/[a-z-]+\/(actions\/[A-Z0-9-]+\.yaml|evidence\/[A-Z0-9-]+\/([A-Z0-9-]+\.yaml|files\/[a-z0-9.-]+)))$/);
    }
  });

  it('give each location folder in CODEOWNERS, and only folders that exist', () => {
    const owned = [...(EXAMPLE_FILES['.github/CODEOWNERS'] ?? '').matchAll(/^\/locations\/([a-z-]+)\//gm)].map((m) => m[1]);
    expect(owned.sort()).toEqual((config.locations ?? []).map((l) => l.id).sort());
  });

  it.each(YAML_PATHS)('%s is YAML 1.2 with no duplicate keys', (path) => {
    const doc = parseDocument(EXAMPLE_FILES[path] ?? '', { version: '1.2', uniqueKeys: true });
    expect(doc.errors.map((e) => e.message)).toEqual([]);
    expect(doc.warnings.map((w) => w.message)).toEqual([]);
  });

  it.each(YAML_PATHS)('%s starts with an editor schema hint that resolves to a schema', (path) => {
    const first = (EXAMPLE_FILES[path] ?? '').split('\n')[0] ?? '';
    const hint = /^# yaml-language-server: \$schema=(\S+\.schema\.json)$/.exec(first)?.[1];
    expect(hint, first).toBeDefined();
    expect(existsSync(resolve(dirname(join(EXAMPLES_DIR, path)), hint ?? 'missing'))).toBe(true);
  });

  it.each(YAML_PATHS)('%s passes the JSON Schema its hint names', (path) => {
    const hint = /\$schema=(\S+)/.exec(EXAMPLE_FILES[path] ?? '')?.[1] ?? '';
    const validate = validatorFor(resolve(dirname(join(EXAMPLES_DIR, path)), hint));
    expect(validate(parseExample(path)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('uses every schema the tool publishes for repo files', () => {
    const hinted = new Set(YAML_PATHS.map((p) => /\/([a-z]+\.schema\.json)$/.exec(EXAMPLE_FILES[p]?.split('\n')[0] ?? '')?.[1]));
    for (const name of ['action.schema.json', 'evidence.schema.json', 'people.schema.json', 'cqc.schema.json']) {
      expect(readdirSync(SCHEMAS_DIR)).toContain(name);
      expect(hinted).toContain(name);
    }
  });
});

describe('examples/ ids and references', () => {
  it('names every action and evidence file after its id, in its location\'s folder, with evidence under its own action', () => {
    const locationOf = new Map(actions.map(({ action }) => [action.id, action.location]));
    for (const { file, action } of actions) expect(file).toBe(layout.actionPath(action.id, action.location));
    for (const { file, item } of evidence) {
      expect(file).toBe(`${layout.evidenceFolder(item.action, locationOf.get(item.action))}/${item.id}.yaml`);
      expect(item.id.startsWith(`${item.action}-E`)).toBe(true);
    }
    const ids = [...actions.map((a) => a.action.id), ...evidence.map((e) => e.item.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every person an example.org email and only the roles SPEC.md lists', () => {
    const specRoles = ['registered-manager', 'deputy-manager', 'nominated-individual', 'provider-quality-lead', 'senior-carer', 'clinical-lead', 'moving-and-handling-lead', 'key-worker', 'line-manager'];
    expect([...roles].sort()).toEqual([...specRoles].sort());
    for (const person of people) expect(person.emails?.every((e) => e.endsWith('@example.org'))).toBe(true);
  });

  it('refers only to people, roles, locations and statements that exist', () => {
    const framework = builtinFramework(config.framework ?? '');
    expect(framework).toBeDefined();
    for (const { action } of actions) {
      const named = [action.owner, action.closure?.recommended_by, action.closure?.decided_by,
        ...(action.post_closure?.reviews ?? []).map((r) => r.by)].filter((p): p is string => p !== undefined);
      for (const id of named) expect(personById(id), `${action.id}: ${id}`).toBeDefined();
      const roleNames = [action.closure_criteria?.reviewer, action.closure_criteria?.approver, ...(action.steps ?? []).map((s) => s.role)];
      for (const role of roleNames) expect(roles, `${action.id}: ${role}`).toContain(role);
      expect(locations).toContain(action.location);
      for (const statement of action.quality_statements ?? []) {
        expect(framework && resolveStatement(framework, statement)?.id, `${action.id}: ${statement}`).toBe(statement);
      }
    }
    for (const person of people) for (const location of person.locations ?? []) expect(locations, person.id).toContain(location);
    for (const { item } of evidence) {
      expect(personById(item.recorded_by ?? ''), item.id).toBeDefined();
      expect(actions.some((a) => a.action.id === item.action), item.id).toBe(true);
    }
  });

  it('lists in evidence_reviewed only evidence of the same action', () => {
    for (const { action } of actions) {
      for (const id of action.closure?.evidence_reviewed ?? []) {
        expect(evidence.find((e) => e.item.id === id)?.item.action, `${action.id}: ${id}`).toBe(action.id);
      }
    }
  });

  it('keeps every attachment inside its action folder, present and small', () => {
    const attached = new Set<string>();
    const locationOf = new Map(actions.map(({ action }) => [action.id, action.location]));
    for (const { item } of evidence) {
      for (const path of item.attachments ?? []) {
        attached.add(path);
        expect(path.startsWith(`${layout.evidenceFolder(item.action, locationOf.get(item.action))}/files/`), path).toBe(true);
        expect(EXAMPLE_FILES[path], path).toBeDefined();
        expect((EXAMPLE_FILES[path] ?? '').length).toBeLessThan(4000);
      }
    }
    const files = Object.keys(EXAMPLE_FILES).filter((p) => p.includes('/files/'));
    expect(files.filter((p) => !attached.has(p))).toEqual([]);
  });
});
