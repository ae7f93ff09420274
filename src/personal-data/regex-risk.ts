// A provider pattern runs on every commit in the pre-commit hook; one that can hang must not run.

/**
 * The quantifier at `i`, if any: its length (a lazy "?" after it included) and whether it is
 * unbounded (*, +, {n,}) rather than bounded (?, {n}, {n,m}).
 */
function quantifierAt(source: string, i: number): { length: number; unbounded: boolean } | undefined {
  const c = source[i];
  let length = 0;
  let unbounded = false;
  if (c === '*' || c === '+') [length, unbounded] = [1, true];
  else if (c === '?') length = 1;
  else if (c === '{') {
    const m = /^\{\d+(,\d*)?\}/.exec(source.slice(i));
    if (!m) return undefined;
    length = m[0].length;
    unbounded = m[1] === ',';
  } else return undefined;
  if (source[i + length] === '?') length++;
  return { length, unbounded };
}

/**
 * True when an unbounded repeat applies to a group that itself holds an unbounded repeat, as in
 * (a+)+ or (\w*,?)*: the "star height above one" that makes a backtracking engine take exponential
 * time on a near-miss. A heuristic (the one safe-regex uses): it misses overlapping alternatives
 * such as (a|a)*, and it also rejects some safe patterns, which can cap the outer repeat ({0,9}).
 */
export function repeatsARepeat(source: string): boolean {
  const groups: boolean[] = [false]; // per open group: does it hold an unbounded repeat?
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    let quantifiedGroupHeldRepeat = false;
    if (c === '\\') i += 2;
    else if (c === '[') {
      i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '(') {
      groups.push(false);
      i++;
      continue; // the group's own "?:", "?<name>" and the like are not quantifiers
    } else if (c === ')') {
      quantifiedGroupHeldRepeat = groups.length > 1 ? groups.pop()! : false;
      i++;
    } else i++;
    const q = quantifierAt(source, i);
    if (!q) {
      if (quantifiedGroupHeldRepeat) groups[groups.length - 1] = true;
      continue;
    }
    if (q.unbounded && quantifiedGroupHeldRepeat) return true;
    if (q.unbounded || quantifiedGroupHeldRepeat) groups[groups.length - 1] = true;
    i += q.length;
  }
  return false;
}
