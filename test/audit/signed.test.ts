import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, makeSshKey } from '../git/helpers.js';
import { ACTION, actionYaml, closedStory, configYaml, gitFindings, peopleYaml, recommendedStory, grace, rulesOf, tom } from './fixture.js';

afterAll(cleanupRepos);

const graceKey = makeSshKey('grace');
const tomKey = makeSshKey('tom');
const signedSetup = {
  config: configYaml({ require_signed_closures: true }),
  people: peopleYaml((people) => { people[2]!.signing_keys = [graceKey.publicKey]; people[3]!.signing_keys = [tomKey.publicKey]; }),
};

describe('closure-unsigned', () => {
  it('passes a decision signed with the decider\'s own listed key', async () => {
    const s = closedStory(undefined, signedSetup, { signingKey: graceKey.privateKey });
    expect(await gitFindings(s.dir)).toEqual([]);
  });

  it('fires on an unsigned decision when the policy requires signatures', async () => {
    const s = closedStory(undefined, signedSetup);
    const findings = await gitFindings(s.dir);
    expect(rulesOf(findings)).toEqual(['closure-unsigned']);
    expect(findings[0]).toMatchObject({ file: ACTION, action: 'MH-001' });
    expect(findings[0]!.message).toMatch(/it is not signed/);
  });

  it('fires on a decision signed with another person\'s key, though git calls that signature good', async () => {
    const s = closedStory(undefined, signedSetup, { signingKey: tomKey.privateKey });
    const findings = await gitFindings(s.dir);
    expect(rulesOf(findings)).toEqual(['closure-unsigned']);
    expect(findings[0]!.message).toMatch(/signed with a key not listed for grace-okafor/);
  });

  it('fires when the decider\'s key was added in the decision commit itself', async () => {
    const s = recommendedStory(undefined, { config: signedSetup.config });
    s.commit(grace, '2026-10-20', {
      [ACTION]: actionYaml('closed'),
      'people.yaml': peopleYaml((people) => { people[2]!.signing_keys = [graceKey.publicKey]; }),
    }, 'close, and list my key', { signingKey: graceKey.privateKey });
    const findings = await gitFindings(s.dir);
    // Grace is senior, so changing her own keys is no registry-change; but the key was not listed
    // before the commit, so neither the decision nor (v2) the people.yaml change is signed by a key that counts.
    expect(rulesOf(findings)).toEqual(['closure-unsigned', 'closure-unsigned']);
    expect(findings.map((f) => f.file).sort()).toEqual([ACTION, 'people.yaml']);
    for (const f of findings) expect(f.message).toMatch(/lists no signing key for grace-okafor that counts/);
  });

  it('does not ask for signatures when the policy (as it stood) does not', async () => {
    const s = closedStory(undefined, { people: signedSetup.people });
    expect(await gitFindings(s.dir)).toEqual([]);
    // Turning the policy on afterwards does not reach back to decisions already taken.
    s.commit(tom, '2026-10-25', { 'cqc.yaml': configYaml({ require_signed_closures: true }) }, 'require signatures');
    expect(await gitFindings(s.dir)).toEqual([]);
  });
});
