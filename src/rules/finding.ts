// Findings anchored at a node of a file, so every message points at the line to change.
import type { RuleMeta } from '../engine/types.js';
import type { Finding } from '../model.js';
import type { DataPath, SourceFile } from '../repo/source.js';

/** A finding at the node `path` of `file` (at its key with `key`), about `action` when given. */
export function findingAt(meta: RuleMeta, file: SourceFile, path: DataPath, message: string, action?: string, key = false): Finding {
  const pos = file.locate(path, key);
  const f: Finding = { rule: meta.id, severity: meta.severity, file: file.path, line: pos.line, column: pos.column, message };
  if (action !== undefined) f.action = action;
  return f;
}
