// The `cqc new --template` starting points, checked against the published action schema and
// against the worked examples they come from.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { evidenceCategoryId } from '../../src/framework/evidence-categories.js';
import { builtinFramework, resolveStatement } from '../../src/framework/index.js';
import { peopleYaml, TEMPLATE_APPROVER } from '../../src/init/people-template.js';
import { DEFAULT_POLICY } from '../../src/policy.js';
import { TEMPLATES, templateByName } from '../../src/templates/index.js';
import { actionById, EXAMPLES_DIR, people } from './load-examples.js';
import { afterDuration } from './story-checks.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validateAction = ajv.compile(JSON.parse(readFileSync(resolve(EXAMPLES_DIR, '..', 'schemas', 'action.schema.json'), 'utf8')) as object);
const framework = builtinFramework('cqc-saf-2023');
const knownRoles = new Set(people.flatMap((p) => p.roles ?? []));
const EXAMPLE_FOR: Record<string, string> = { 'moving-and-handling': 'MH-001', supervision: 'SUP-001', nutrition: 'NUT-001' };

describe('action templates', () => {
  it('offers the three worked examples by name', () => {
    expect(TEMPLATES.map((t) => t.name)).toEqual(['moving-and-handling', 'supervision', 'nutrition']);
    expect(templateByName('supervision')?.targetPeriod).toBe('P3M');
    expect(templateByName(' Nutrition ')?.name).toBe('nutrition');
    expect(templateByName('medicines')).toBeUndefined();
  });

  it.each(TEMPLATES.map((t) => [t.name, t] as const))('%s makes a schema-valid action once id, dates and owner are filled in', (_name, template) => {
    const { name: _n, summary: _s, targetPeriod, ...fields } = template;
    const action = {
      id: 'NEW-001', raised: '2026-12-07', owner: 'dan-jones', status: 'open', ...fields,
      target: { ...template.target, due: afterDuration('2026-12-07', targetPeriod) },
    };
    expect(validateAction(action), JSON.stringify(validateAction.errors)).toBe(true);
    expect(template.target).not.toHaveProperty('due');
  });

  it.each(TEMPLATES.map((t) => [t.name, t] as const))('%s names known roles, statements and a measurable, sustained target', (_name, template) => {
    for (const role of [...template.steps.map((s) => s.role), template.closure_criteria.reviewer, template.closure_criteria.approver]) {
      expect(knownRoles, role).toContain(role);
    }
    for (const statement of template.quality_statements) {
      expect(framework && resolveStatement(framework, statement)?.id, statement).toBe(statement);
    }
    // v2: how long the goal must have held before closure, never longer than the time to reach it.
    const period = template.closure_criteria.review_period;
    expect(period).toMatch(/^P\d+[WM]$/);
    expect(afterDuration('2026-12-07', period!) <= afterDuration('2026-12-07', template.targetPeriod)).toBe(true);
    expect(template.closure_criteria.min_sources).toBeGreaterThanOrEqual(2);
    expect(template.closure_criteria.sustained_for).toBeGreaterThanOrEqual(2);
    expect(template.closure_criteria.approver).not.toBe(template.closure_criteria.reviewer);
    expect(template.steps).toHaveLength(5);
    expect(template.monitoring.reopen_triggers.length).toBeGreaterThanOrEqual(3);
  });

  // A template starts with one target; an example may measure more (v2 targets:). The template's
  // target is the guidance's headline measure, the example's first target.
  it.each(Object.entries(EXAMPLE_FOR))('%s agrees with the first target and the risk areas of example %s', (name, id) => {
    const template = templateByName(name);
    const example = actionById(id);
    const first = example.target ?? example.targets?.[0];
    expect([template?.target.goal, template?.target.unit, template?.target.direction]).toEqual([first?.goal, first?.unit, first?.direction]);
    expect(template?.risk_areas).toEqual(example.risk_areas);
    expect(template?.closure_criteria.reviewer).toBe(example.closure_criteria?.reviewer);
  });

  it.each(TEMPLATES.map((t) => [t.name, t] as const))('%s requires evidence from at least two CQC evidence categories, so paperwork alone cannot close it', (_name, template) => {
    // Feedback is placed by who gives it, never in processes; the type alone is enough here.
    const categories = new Set(template.closure_criteria.required_evidence!.map((t) => (t === 'feedback' ? 'feedback' : evidenceCategoryId(t))));
    expect(categories.size).toBeGreaterThanOrEqual(2);
    expect(categories.has(undefined)).toBe(false);
  });

  it.each(TEMPLATES.map((t) => [t.name, t] as const))('%s is decided by the nominated individual, whom cqc init lists', (_name, template) => {
    expect(template.closure_criteria.approver).toBe(TEMPLATE_APPROVER);
    expect(peopleYaml({ name: 'Priya Patel', email: 'priya.patel@example.org' })).toContain(`    roles: [${TEMPLATE_APPROVER}]`);
    expect(DEFAULT_POLICY.senior_roles).toContain(TEMPLATE_APPROVER);
  });
});
