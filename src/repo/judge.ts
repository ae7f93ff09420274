// Parse one record and check it against its schema: the unit of work a worker thread or the cache holds.
import type { SchemaProblem } from '../schema/messages.js';
import { problemsOf, type SchemaName } from '../schema/validator.js';
import { SourceFile, type SyntaxProblem } from './source.js';

export interface Judged { data: unknown; syntax: SyntaxProblem[]; problems: SchemaProblem[] }

export function judgeText(path: string, kind: SchemaName, text: string): Judged {
  const file = new SourceFile(path, text);
  const problems = file.syntax.length ? [] : problemsOf(kind, file.data);
  return { data: file.data, syntax: file.syntax, problems };
}
