// Criteria are agreed at the start; moving the goalposts afterwards is how a weak closure passes.
// These comparisons say what a change gave away: a lower bar, a later date, a looser rule, another
// owner or approving role, another location, or a high-risk area the action no longer touches.
// Effective values are compared (a removed setting falls back to the policy's), targets are matched
// by id, and durations by adding both to the date the action was raised.
import { addDuration } from '../dates.js';
import { highRiskLinks } from '../engine/risk.js';
import type { Framework } from '../framework/index.js';
import type { Policy } from '../model.js';
import { list, mapping, num, str, strings, type Data } from './parse.js';
import type { Weakening } from './types.js';

export function weakenings(prev: Data, cur: Data, policy: Policy, framework?: Framework): Weakening[] {
  return [
    ...changed(prev, cur, 'owner', 'the owner'),
    ...changed(prev, cur, 'location', 'the location'),
    ...targetWeakenings(prev, cur),
    ...criteriaWeakenings(mapping(prev, 'closure_criteria'), mapping(cur, 'closure_criteria'), policy, str(cur, 'raised') ?? str(prev, 'raised')),
    ...(framework ? riskWeakenings(prev, cur, policy, framework) : []),
  ];
}

function changed(prev: Data | undefined, cur: Data | undefined, key: string, words: string, path: (string | number)[] = [key]): Weakening[] {
  const [p, c] = [str(prev, key), str(cur, key)];
  if (p === c || (p === undefined && c === undefined)) return [];
  const what = p === undefined ? `${words} was set to ${c}` : c === undefined ? `${words} ${p} was removed` : `${words} changed from ${p} to ${c}`;
  return [{ field: path, what }];
}

/**
 * The action's targets by id. A single `target:` is "target" (SPEC: JSON and measurements call it
 * that), and also answers to an `id` of its own, so naming it, or turning it into a `targets:` list
 * entry with that id, does not remove it.
 */
function targetsOf(d: Data): { id: string; ids: string[]; data: Data; field: (string | number)[] }[] {
  const single = mapping(d, 'target');
  if (single) {
    const own = str(single, 'id');
    return [{ id: own ?? 'target', ids: own !== undefined && own !== 'target' ? ['target', own] : ['target'], data: single, field: ['target'] }];
  }
  return list(d, 'targets').flatMap((t, i) => {
    const id = str(t, 'id') ?? `#${i + 1}`;
    return mapping(t) ? [{ id, ids: [id], data: mapping(t)!, field: ['targets', i] }] : [];
  });
}

function targetWeakenings(prev: Data, cur: Data): Weakening[] {
  const now = targetsOf(cur);
  const out: Weakening[] = [];
  for (const before of targetsOf(prev)) {
    const after = now.find((t) => t.ids.some((id) => before.ids.includes(id)));
    const of = before.id === 'target' ? 'the target' : `target ${before.id}`;
    if (!after) {
      out.push({ field: mapping(cur, 'target') ? ['target'] : list(cur, 'targets').length ? ['targets'] : ['target'], what: `${of} was removed` });
      continue;
    }
    out.push(...oneTarget(before.data, after.data, after.field, before.id === 'target' ? '' : ` of target ${before.id}`));
  }
  return out;
}

function oneTarget(prev: Data, cur: Data, at: (string | number)[], of: string): Weakening[] {
  const out: Weakening[] = [];
  const [pd, cd] = [str(prev, 'direction'), str(cur, 'direction')];
  const [pg, cg] = [num(prev, 'goal'), num(cur, 'goal')];
  if (pd !== undefined && cd !== undefined && pd !== cd) {
    out.push({ field: [...at, 'direction'], what: `the ${of ? `direction${of}` : 'target direction'} changed from ${pd} to ${cd}` });
  } else if (pg !== undefined) {
    const atMost = (cd ?? pd) === 'at_most';
    if (cg === undefined) out.push({ field: at, what: `the goal${of} of ${pg} was removed` });
    else if (atMost ? cg > pg : cg < pg) out.push({ field: [...at, 'goal'], what: `the goal${of} was ${atMost ? 'raised' : 'lowered'} from ${pg} to ${cg}` });
  }
  // A measure is a sentence: say that it changed, not both versions of it.
  if (str(prev, 'measure') !== undefined && str(prev, 'measure') !== str(cur, 'measure')) out.push({ field: [...at, 'measure'], what: `the measure${of} changed` });
  out.push(...changed(prev, cur, 'unit', `the unit${of}`, [...at, 'unit']));
  const [pdue, cdue] = [str(prev, 'due'), str(cur, 'due')];
  if (pdue !== undefined && cdue === undefined) out.push({ field: at, what: `the due date${of} ${pdue} was removed` });
  else if (pdue !== undefined && cdue !== undefined && cdue > pdue) out.push({ field: [...at, 'due'], what: `the due date${of} moved from ${pdue} to ${cdue}` });
  // Judging SPC from a later date leaves out the earlier, worse points.
  const [pspc, cspc] = [str(prev, 'spc_from'), str(cur, 'spc_from')];
  if (cspc !== undefined && (pspc === undefined || cspc > pspc)) out.push({ field: [...at, 'spc_from'], what: `SPC${of} is now judged from ${cspc}${pspc ? ` instead of ${pspc}` : ' instead of from the first measurement'}` });
  return out;
}

function criteriaWeakenings(prev: Data | undefined, cur: Data | undefined, policy: Policy, raised: string | undefined): Weakening[] {
  if (!prev && !cur) return [];
  if (prev && !cur) return [{ field: ['closure_criteria'], what: 'the closure criteria were removed' }];
  const out: Weakening[] = [];
  const fewer = (key: string, fallback: number, words: string) => {
    const before = num(prev, key) ?? fallback;
    const after = num(cur, key) ?? fallback;
    if (after < before) out.push({ field: ['closure_criteria', key], what: `${words} reduced from ${before} to ${after}` });
  };
  fewer('min_sources', policy.min_evidence_sources, 'the evidence sources needed were');
  fewer('sustained_for', policy.sustained_for, 'the measurements that must be sustained were');
  fewer('min_categories', policy.min_evidence_categories, 'the evidence categories needed were');
  fewer('min_independent', policy.min_independent_evidence, 'the independent evidence items needed were');
  const removed = strings(prev, 'required_evidence').filter((t) => !strings(cur, 'required_evidence').includes(t));
  if (removed.length) {
    out.push({ field: ['closure_criteria', 'required_evidence'], what: `the required evidence type${removed.length > 1 ? 's' : ''} ${removed.join(', ')} ${removed.length > 1 ? 'were' : 'was'} removed` });
  }
  if (prev) {
    out.push(...changed(prev, cur, 'reviewer', 'the reviewer role', ['closure_criteria', 'reviewer']));
    out.push(...changed(prev, cur, 'approver', 'the approver role', ['closure_criteria', 'approver']));
  }
  const [pp, cp] = [str(prev, 'review_period'), str(cur, 'review_period')];
  if (pp !== undefined && cp === undefined) out.push({ field: ['closure_criteria'], what: `the review period ${pp} was removed` });
  else if (pp !== undefined && cp !== undefined && raised !== undefined && addDuration(raised, cp) < addDuration(raised, pp)) {
    out.push({ field: ['closure_criteria', 'review_period'], what: `the review period was shortened from ${pp} to ${cp}` });
  }
  return out;
}

/** The field a risk link comes from ("quality statement safe.safeguarding" -> quality_statements). */
const FIELD_OF: Record<string, string> = { its: 'risk_areas', quality: 'quality_statements', regulation: 'regulations', source: 'source' };

type Linked = Parameters<typeof highRiskLinks>[0];

function linked(d: Data): Linked {
  const source = str(d, 'source');
  return { risk_areas: strings(d, 'risk_areas'), quality_statements: strings(d, 'quality_statements'), regulations: strings(d, 'regulations'), ...(source !== undefined ? { source } : {}) } as Linked;
}

/** A high-risk area the action touched before and no longer does, by whatever link. */
function riskWeakenings(prev: Data, cur: Data, policy: Policy, framework: Framework): Weakening[] {
  const now = new Set(highRiskLinks(linked(cur), framework, policy).map((l) => l.area));
  return highRiskLinks(linked(prev), framework, policy).filter((l) => !now.has(l.area)).map((l) => ({
    field: [FIELD_OF[l.via.split(' ')[0]!] ?? 'risk_areas'],
    what: `the high-risk area ${l.area} (from ${l.via}) was lost`,
  }));
}
