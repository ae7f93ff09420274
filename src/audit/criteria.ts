// Criteria are agreed at the start; moving the goalposts afterwards is how a weak closure passes.
// These comparisons say what a change to `target` or `closure_criteria` gave away.
import type { Policy } from '../model.js';
import { mapping, num, str, strings, type Data } from './parse.js';
import type { Weakening } from './types.js';

export function weakenings(prev: Data, cur: Data, policy: Policy): Weakening[] {
  return [...targetWeakenings(mapping(prev, 'target'), mapping(cur, 'target')),
    ...criteriaWeakenings(mapping(prev, 'closure_criteria'), mapping(cur, 'closure_criteria'), policy)];
}

function targetWeakenings(prev: Data | undefined, cur: Data | undefined): Weakening[] {
  if (!prev) return [];
  if (!cur) return [{ field: ['target'], what: 'the target was removed' }];
  const out: Weakening[] = [];
  const [pd, cd] = [str(prev, 'direction'), str(cur, 'direction')];
  const [pg, cg] = [num(prev, 'goal'), num(cur, 'goal')];
  if (pd !== undefined && cd !== undefined && pd !== cd) {
    out.push({ field: ['target', 'direction'], what: `the target direction changed from ${pd} to ${cd}` });
  } else if (pg !== undefined) {
    const atMost = (cd ?? pd) === 'at_most';
    if (cg === undefined) out.push({ field: ['target'], what: `the goal of ${pg} was removed` });
    else if (atMost ? cg > pg : cg < pg) out.push({ field: ['target', 'goal'], what: `the goal was ${atMost ? 'raised' : 'lowered'} from ${pg} to ${cg}` });
  }
  const [pdue, cdue] = [str(prev, 'due'), str(cur, 'due')];
  if (pdue !== undefined && cdue === undefined) out.push({ field: ['target'], what: `the due date ${pdue} was removed` });
  else if (pdue !== undefined && cdue !== undefined && cdue > pdue) out.push({ field: ['target', 'due'], what: `the due date moved from ${pdue} to ${cdue}` });
  return out;
}

function criteriaWeakenings(prev: Data | undefined, cur: Data | undefined, policy: Policy): Weakening[] {
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
  const removed = strings(prev, 'required_evidence').filter((t) => !strings(cur, 'required_evidence').includes(t));
  if (removed.length) {
    out.push({ field: ['closure_criteria', 'required_evidence'], what: `the required evidence type${removed.length > 1 ? 's' : ''} ${removed.join(', ')} ${removed.length > 1 ? 'were' : 'was'} removed` });
  }
  return out;
}
