// The next free id, so people do not have to look up the last one: MH-002 after MH-001, and
// MH-001-E03 after MH-001-E02. Gaps are never refilled: a deleted id may still appear in git history.

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function nextNumbered(stem: string, existing: Iterable<string>, width: number): string {
  const pattern = new RegExp(`^${escape(stem)}(\\d+)$`);
  let max = 0;
  for (const id of existing) {
    const m = pattern.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `${stem}${String(max + 1).padStart(width, '0')}`;
}

/** Next action id for a prefix, e.g. "MH" → "MH-002" when MH-001 exists. */
export function nextActionId(prefix: string, existing: Iterable<string>): string {
  return nextNumbered(`${prefix}-`, existing, 3);
}

/** Next evidence id of an action, e.g. "MH-001" → "MH-001-E03". */
export function nextEvidenceId(actionId: string, existing: Iterable<string>): string {
  return nextNumbered(`${actionId}-E`, existing, 2);
}

/** A prefix from a title when no template gives one: the capitals of its first words, e.g. "Medicines audit" → "MA". */
export function prefixFromTitle(title: string): string {
  const letters = title.split(/[^A-Za-z]+/).filter((w) => w.length > 2).slice(0, 3).map((w) => w[0]!.toUpperCase()).join('');
  return letters.length >= 2 ? letters : 'ACT';
}
