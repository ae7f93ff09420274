// The demo's history must be a believable audit trail: lifecycle order, recommendation before
// decision, evidence committed when it happened, criteria never changed. Checked on the story
// data itself, without git.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Action, Config, Evidence, Person } from '../../src/model.js';
import { DEMO_STORY } from '../../src/demo/story.js';

const people = (parse(DEMO_STORY[0]?.files['people.yaml'] ?? '', { version: '1.2' }) as { people: Person[] }).people;
const policy = (parse(DEMO_STORY[0]?.files['cqc.yaml'] ?? '', { version: '1.2' }) as Config).policy ?? {};
const ALLOWED = new Set(['open>in_progress', 'in_progress>monitoring', 'monitoring>closed', 'monitoring>in_progress', 'closed>in_progress']);
const ACTIONS: Record<string, string> = {
  'MH-001': 'locations/rose-house/actions/MH-001.yaml', 'SUP-001': 'locations/rose-house/actions/SUP-001.yaml',
  'NUT-001': 'locations/maple-lodge/actions/NUT-001.yaml', 'SUP-002': 'locations/maple-lodge/actions/SUP-002.yaml',
};
const IDS = Object.keys(ACTIONS);

/** The roles a person holds for an action at this location (SPEC: scoped roles). */
function rolesAt(id: string | undefined, location: string | undefined): string[] {
  const person = people.find((p) => p.id === id);
  return person && (!person.locations || person.locations.includes(location ?? '')) ? person.roles ?? [] : [];
}

interface Version { index: number; author: string; date: string; action: Action }
function versionsOf(id: string): Version[] {
  const versions: Version[] = [];
  DEMO_STORY.forEach((commit, index) => {
    const text = commit.files[ACTIONS[id]!];
    if (typeof text === 'string') versions.push({ index, author: commit.author, date: commit.date, action: parse(text, { version: '1.2' }) as Action });
  });
  return versions;
}
function firstWith(versions: Version[], test: (a: Action) => boolean): Version | undefined {
  return versions.find((v) => test(v.action));
}

describe('DEMO_STORY', () => {
  it('is in date order, by people in people.yaml, each commit changing something', () => {
    for (let i = 1; i < DEMO_STORY.length; i++) expect(DEMO_STORY[i]!.date > DEMO_STORY[i - 1]!.date).toBe(true);
    for (const commit of DEMO_STORY) {
      expect(people.map((p) => p.id)).toContain(commit.author);
      expect(Object.keys(commit.files).length).toBeGreaterThan(0);
      expect(commit.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    }
  });

  it('is set up by the nominated individual, and nobody touches the registry or policy after', () => {
    expect(DEMO_STORY[0]?.author).toBe('grace-okafor');
    expect(Object.keys(DEMO_STORY[0]?.files ?? {}).sort()).toEqual(['.github/CODEOWNERS', '.github/workflows/cqc.yml', '.gitlab-ci.yml', 'cqc.yaml', 'people.yaml']);
    for (const commit of DEMO_STORY.slice(1)) {
      expect(commit.files['people.yaml']).toBeUndefined();
      expect(commit.files['cqc.yaml']).toBeUndefined();
    }
  });

  it.each(IDS)('moves %s only along the lifecycle, criteria unchanged', (id) => {
    const versions = versionsOf(id);
    expect(versions[0]?.action.status).toBe('open');
    expect(versions[0]?.action.closure).toBeUndefined();
    for (let i = 1; i < versions.length; i++) {
      const from = versions[i - 1]!.action.status;
      const to = versions[i]!.action.status;
      if (from !== to) expect(ALLOWED, `${id}: ${from} -> ${to}`).toContain(`${from}>${to}`);
      expect(versions[i]!.action.target).toEqual(versions[0]!.action.target);
      expect(versions[i]!.action.targets).toEqual(versions[0]!.action.targets);
      expect(versions[i]!.action.owner).toBe(versions[0]!.action.owner);
      expect(versions[i]!.action.closure_criteria).toEqual(versions[0]!.action.closure_criteria);
    }
  });

  it.each(['MH-001', 'SUP-001', 'NUT-001'])('commits the %s recommendation, by the recommender, before the decision', (id) => {
    const versions = versionsOf(id);
    const recommended = firstWith(versions, (a) => a.closure?.recommended_by !== undefined);
    const decided = firstWith(versions, (a) => a.closure?.decided_by !== undefined);
    expect(recommended && decided && recommended.index < decided.index).toBe(true);
    expect(recommended?.author).toBe(recommended?.action.closure?.recommended_by);
    expect((decided?.date ?? '').slice(0, 10) >= (decided?.action.closure?.decided_on ?? '')).toBe(true);
  });

  it('has MH-001 and SUP-001 decisions committed by the decider, NUT-001 by someone else', () => {
    const deciderOf = (id: string) => firstWith(versionsOf(id), (a) => a.closure?.decided_by !== undefined);
    expect(deciderOf('MH-001')?.author).toBe('grace-okafor');
    expect(deciderOf('SUP-001')?.author).toBe('ruth-adeyemi');
    const nut = deciderOf('NUT-001');
    expect(nut?.action.closure?.decided_by).toBe('ruth-adeyemi');
    expect(nut?.author).toBe('nadia-hussain');
    expect(nut?.author).toBe(nut?.action.owner);
  });

  it.each(['MH-001', 'SUP-001', 'NUT-001'])('has %s recommended and decided by people holding those roles at its location, the decider senior', (id) => {
    const { action } = versionsOf(id).at(-1)!;
    const criteria = action.closure_criteria;
    expect(rolesAt(action.closure?.recommended_by, action.location)).toContain(criteria?.reviewer);
    expect(rolesAt(action.closure?.decided_by, action.location)).toContain(criteria?.approver);
    expect(rolesAt(action.closure?.decided_by, action.location).some((r) => policy.senior_roles?.includes(r))).toBe(true);
    expect(action.closure?.decided_by).not.toBe(action.owner);
  });

  it('has SUP-001 held with a date to return to governance, in the hold commit itself', () => {
    const hold = firstWith(versionsOf('SUP-001'), (a) => a.closure?.decision === 'hold');
    expect(hold?.author).toBe('ruth-adeyemi');
    expect(hold?.action.closure?.return_by).toBe('2027-01-26');
    expect(hold?.action.status).toBe('monitoring');
  });

  it.each(['MH-001', 'NUT-001'])('has the %s post-closure review committed by an independent senior, after the evidence it cites', (id) => {
    const review = firstWith(versionsOf(id), (a) => (a.post_closure?.reviews?.length ?? 0) > 0);
    const entry = review?.action.post_closure?.reviews?.[0];
    expect(review?.author).toBe(entry?.by);
    expect(rolesAt(entry?.by, review?.action.location).some((r) => policy.senior_roles?.includes(r))).toBe(true);
    expect([review?.action.owner, review?.action.closure?.decided_by]).not.toContain(entry?.by);
    expect(entry?.evidence?.length).toBeGreaterThan(0);
    for (const cited of entry?.evidence ?? []) {
      const citedAt = DEMO_STORY.findIndex((c) => Object.keys(c.files).some((p) => p.endsWith(`/${cited}.yaml`)));
      expect(citedAt, cited).toBeGreaterThan(-1);
      expect(citedAt, cited).toBeLessThan(review?.index ?? -1);
    }
  });

  it('commits each evidence item once, on or after its date, by the person who recorded it, before any decision it predates', () => {
    const decisionIndex = new Map<string, { index: number; on: string }>();
    for (const id of IDS) {
      const decided = firstWith(versionsOf(id), (a) => a.closure?.decided_by !== undefined);
      if (decided) decisionIndex.set(id, { index: decided.index, on: decided.action.closure?.decided_on ?? '' });
    }
    const seen = new Set<string>();
    DEMO_STORY.forEach((commit, index) => {
      for (const [path, text] of Object.entries(commit.files)) {
        if (!/^locations\/[^/]+\/evidence\/[^/]+\/[^/]+\.yaml$/.test(path)) continue;
        expect(seen.has(path), path).toBe(false);
        seen.add(path);
        const item = parse(text ?? '', { version: '1.2' }) as Evidence;
        expect(commit.date.slice(0, 10) >= item.date, item.id).toBe(true);
        expect(commit.author, item.id).toBe(item.recorded_by);
        const decision = decisionIndex.get(item.action);
        if (decision && item.date <= decision.on) expect(index, item.id).toBeLessThan(decision.index);
      }
    });
    expect(seen.size).toBe(78);
  });

  it('lists in evidence_reviewed only evidence already committed', () => {
    const committed = new Set<string>();
    for (const commit of DEMO_STORY) {
      for (const path of Object.keys(commit.files)) {
        const id = /^locations\/[^/]+\/evidence\/[^/]+\/([^/]+)\.yaml$/.exec(path)?.[1];
        if (id) committed.add(id);
      }
      for (const [path, text] of Object.entries(commit.files)) {
        if (!/^locations\/[^/]+\/actions\//.test(path)) continue;
        const reviewed = (parse(text ?? '', { version: '1.2' }) as Action).closure?.evidence_reviewed ?? [];
        for (const id of reviewed) expect(committed.has(id), `${commit.date} ${path}: ${id}`).toBe(true);
      }
    }
  });
});
