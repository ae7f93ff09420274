// Two records with one id make every reference to that id ambiguous, and the trail with it.
import type { Finding } from '../model.js';
import { fileId } from '../repo/layout.js';
import type { SourceFile } from '../repo/source.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'duplicate-id',
  severity: 'error',
  stage: 'structure',
  description: 'Two actions or two evidence items share an id.',
};

export const duplicateId: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    for (const kind of ['action', 'evidence'] as const) {
      // Every path of this kind in the repo by the id its file name gives: a scoped run reads only
      // some records, but ids must stay unique across all of them.
      const byName = new Map<string, string[]>();
      for (const path of kind === 'action' ? ctx.listed.actions : ctx.listed.evidence) {
        const id = fileId(path);
        const paths = byName.get(id);
        if (paths) paths.push(path);
        else byName.set(id, [path]);
      }
      const byId = new Map<string, SourceFile[]>();
      for (const { file, kind: k } of ctx.files) {
        const id = k === kind ? idOf(file.data) : undefined;
        if (!id) continue;
        const files = byId.get(id);
        if (files) files.push(file);
        else byId.set(id, [file]);
      }
      for (const [id, files] of byId) {
        // The usual case, one file with its own name: nothing to compare.
        const named = byName.get(id) ?? [];
        if (files.length === 1 && named.length <= 1 && (named[0] ?? files[0]!.path) === files[0]!.path) continue;
        for (const file of files) {
          const others = [...new Set([...files.map((f) => f.path), ...named])].filter((p) => p !== file.path);
          if (others.length === 0) continue;
          const action = kind === 'action' ? id : actionOf(file.data);
          out.push(findingAt(META, file, ['id'], `The ${kind} id ${id} is also used by ${others.join(', ')}. Each ${kind} needs its own id across the whole repo: give one of them a new id and rename its file to match.`, action));
        }
      }
    }
    out.push(...duplicatesIn(ctx.peopleFile, 'people', 'person'));
    out.push(...duplicatesIn(ctx.configFile, 'locations', 'location'));
    return out;
  },
};

function duplicatesIn(file: SourceFile | null, listKey: string, noun: string): Finding[] {
  const list = file && file.data && typeof file.data === 'object' ? (file.data as Record<string, unknown>)[listKey] : undefined;
  if (!file || !Array.isArray(list)) return [];
  const seen = new Map<string, number>();
  const out: Finding[] = [];
  list.forEach((entry, i) => {
    const id = idOf(entry);
    if (!id) return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else out.push(findingAt(META, file, [listKey, i, 'id'], `The ${noun} id ${id} is listed twice in ${file.path} (entries ${first + 1} and ${i + 1}). Merge them into one entry.`));
  });
  return out;
}

function idOf(data: unknown): string | undefined {
  const id = data && typeof data === 'object' ? (data as Record<string, unknown>).id : undefined;
  return typeof id === 'string' && id ? id : undefined;
}

function actionOf(data: unknown): string | undefined {
  const a = data && typeof data === 'object' ? (data as Record<string, unknown>).action : undefined;
  return typeof a === 'string' ? a : undefined;
}
