import { describe, expect, it } from 'vitest';
import { changed, errorsOf, fixture, summary } from './validate.js';

const people = fixture('people.yaml');

function fails(path: (string | number)[], value: unknown): string[] {
  return summary(errorsOf('people', changed(people, path, value)));
}

describe('people.schema.json', () => {
  it('accepts the SPEC.md example, and a person with only an id', () => {
    expect(errorsOf('people', people)).toEqual([]);
  });

  it('needs a people list and an id for everyone', () => {
    expect(summary(errorsOf('people', {}))).toEqual(['required at /']);
    expect(fails(['people', 0, 'id'], undefined)).toEqual(['required at /people/0']);
  });

  it.each(['Priya Patel', 'Priya', '-priya', 'priya patel'])('rejects the person id %j', (id) => {
    expect(fails(['people', 0, 'id'], id)).toEqual(['pattern at /people/0/id']);
  });

  it.each(['priya.patel', 'priya@', 'priya patel@example.org'])('rejects the email %j', (email) => {
    expect(fails(['people', 0, 'emails', 0], email)).toEqual(['format at /people/0/emails/0']);
  });

  it('accepts a person whose roles count only at some locations (v2)', () => {
    expect(people.people).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'priya-patel', locations: ['rose-house'] })]));
    expect(fails(['people', 0, 'locations'], ['rose-house', 'maple-lodge'])).toEqual([]);
  });

  it('checks the locations a person\'s roles apply to (v2)', () => {
    expect(fails(['people', 0, 'locations'], [])).toEqual(['minItems at /people/0/locations']);
    expect(fails(['people', 0, 'locations'], ['Rose House'])).toEqual(['pattern at /people/0/locations/0']);
    expect(fails(['people', 0, 'locations'], ['rose-house', 'rose-house'])).toEqual(['uniqueItems at /people/0/locations']);
    expect(fails(['people', 0, 'locations'], 'rose-house')).toEqual(['type at /people/0/locations']);
    expect(fails(['people', 0, 'location'], ['rose-house'])).toEqual(['additionalProperties at /people/0']);
  });

  it('rejects typos and repeated roles', () => {
    expect(fails(['people', 0, 'role'], ['x'])).toEqual(['additionalProperties at /people/0']);
    expect(fails(['people', 0, 'roles'], ['senior-carer', 'senior-carer'])).toEqual(['uniqueItems at /people/0/roles']);
  });

  it.each([[['x-source']], [['people', 0, 'x-payroll-id']]])('allows the provider extension %j', (path) => {
    expect(errorsOf('people', changed(people, path, 42))).toEqual([]);
  });
});
