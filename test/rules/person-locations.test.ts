// A person's `locations` limit where their roles count (contract v2): a location cqc.yaml does not
// list is a typo that would leave them with no role anywhere, so it is reported where it is written.
import { afterAll, describe, expect, it } from 'vitest';
import { checkRepo, cleanupRepos, findingsOf, lineOf, validRepo } from './fixture.js';

afterAll(cleanupRepos);

describe('unknown-reference on a person\'s locations', () => {
  it('reports a location cqc.yaml does not list, at that entry of people.yaml', async () => {
    const spec = validRepo();
    spec.people.find((p) => p.id === 'priya-patel')!.locations = ['rose-house', 'rose-hose'];
    const repo = await checkRepo(spec);
    const found = findingsOf(repo.report, 'unknown-reference');
    expect(found).toEqual([expect.objectContaining({
      file: 'people.yaml', line: lineOf(repo.text('people.yaml'), /- rose-hose/), severity: 'error',
      message: expect.stringMatching(/^Location "rose-hose" is not listed in cqc\.yaml, so this person's roles count nowhere there\. Use one of: rose-house/),
    })]);
    expect(found[0]!.action).toBeUndefined();
  });

  it('accepts listed locations', async () => {
    const spec = validRepo();
    spec.people.find((p) => p.id === 'grace-okafor')!.locations = ['rose-house'];
    const repo = await checkRepo(spec);
    expect(repo.report.findings).toEqual([]);
  });
});
