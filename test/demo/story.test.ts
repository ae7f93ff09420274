// The demo's history must be a believable audit trail: lifecycle order, recommendation before
// decision, evidence committed when it happened, criteria never changed. Checked on the story
// data itself, without git.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Action, Evidence, Person } from '../../src/model.js';
import { DEMO_STORY } from '../../src/demo/story.js';

const people = (parse(DEMO_STORY[0]?.files['people.yaml'] ?? '', { version: '1.2' }) as { people: Person[] }).people;
const ALLOWED = new Set(['open>in_progress', 'in_progress>monitoring', 'monitoring>closed', 'monitoring>in_progress', 'closed>in_progress']);

interface Version { index: number; author: string; date: string; action: Action }
function versionsOf(id: string): Version[] {
  const versions: Version[] = [];
  DEMO_STORY.forEach((commit, index) => {
    const text = commit.files[`actions/${id}.yaml`];
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
    expect(Object.keys(DEMO_STORY[0]?.files ?? {}).sort()).toEqual(['.github/workflows/cqc.yml', '.gitlab-ci.yml', 'cqc.yaml', 'people.yaml']);
    for (const commit of DEMO_STORY.slice(1)) {
      expect(commit.files['people.yaml']).toBeUndefined();
      expect(commit.files['cqc.yaml']).toBeUndefined();
    }
  });

  it.each(['MH-001', 'SUP-001', 'NUT-001'])('moves %s only along the lifecycle, criteria unchanged', (id) => {
    const versions = versionsOf(id);
    expect(versions[0]?.action.status).toBe('open');
    expect(versions[0]?.action.closure).toBeUndefined();
    for (let i = 1; i < versions.length; i++) {
      const from = versions[i - 1]!.action.status;
      const to = versions[i]!.action.status;
      if (from !== to) expect(ALLOWED, `${id}: ${from} -> ${to}`).toContain(`${from}>${to}`);
      expect(versions[i]!.action.target).toEqual(versions[0]!.action.target);
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

  it('commits each evidence item once, on or after its date, by the person who recorded it, before any decision it predates', () => {
    const decisionIndex = new Map<string, { index: number; on: string }>();
    for (const id of ['MH-001', 'SUP-001', 'NUT-001']) {
      const decided = firstWith(versionsOf(id), (a) => a.closure?.decided_by !== undefined);
      if (decided) decisionIndex.set(id, { index: decided.index, on: decided.action.closure?.decided_on ?? '' });
    }
    const seen = new Set<string>();
    DEMO_STORY.forEach((commit, index) => {
      for (const [path, text] of Object.entries(commit.files)) {
        if (!/^evidence\/[^/]+\/[^/]+\.yaml$/.test(path)) continue;
        expect(seen.has(path), path).toBe(false);
        seen.add(path);
        const item = parse(text ?? '', { version: '1.2' }) as Evidence;
        expect(commit.date.slice(0, 10) >= item.date, item.id).toBe(true);
        expect(commit.author, item.id).toBe(item.recorded_by);
        const decision = decisionIndex.get(item.action);
        if (decision && item.date <= decision.on) expect(index, item.id).toBeLessThan(decision.index);
      }
    });
    expect(seen.size).toBe(26);
  });

  it('lists in evidence_reviewed only evidence already committed', () => {
    const committed = new Set<string>();
    for (const commit of DEMO_STORY) {
      for (const path of Object.keys(commit.files)) {
        const id = /^evidence\/[^/]+\/([^/]+)\.yaml$/.exec(path)?.[1];
        if (id) committed.add(id);
      }
      for (const [path, text] of Object.entries(commit.files)) {
        if (!path.startsWith('actions/')) continue;
        const reviewed = (parse(text ?? '', { version: '1.2' }) as Action).closure?.evidence_reviewed ?? [];
        for (const id of reviewed) expect(committed.has(id), `${commit.date} ${path}: ${id}`).toBe(true);
      }
    }
  });
});
