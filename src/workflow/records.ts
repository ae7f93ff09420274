// Text for new record files: a schema hint for editors, a line saying what the file is, then the
// record in SPEC.md key order with short lists written inline.
import { Document, isMap, isSeq, type YAMLMap, type YAMLSeq } from 'yaml';
import { schemaText, type SchemaName } from '../schema/validator.js';
import { RENDER_OPTIONS } from '../repo/write.js';

/** The published $id of a schema, which editors fetch to check and complete the file. */
export function schemaUrl(name: SchemaName): string {
  return (JSON.parse(schemaText(name)) as { $id: string }).$id;
}

/** `# yaml-language-server: $schema=…`: the YAML extension of VS Code and other editors read it. */
export function schemaHint(name: SchemaName): string {
  return `# yaml-language-server: $schema=${schemaUrl(name)}`;
}

/** Paths (dot-separated) whose lists or maps are written inline when short, e.g. `risk_areas: [safety]`. */
const INLINE = new Set(['quality_statements', 'regulations', 'risk_areas', 'closure_criteria.required_evidence',
  'monitoring.warning_signs', 'monitoring.reopen_triggers', 'measurement', 'attachments', 'closure.evidence_reviewed']);
const INLINE_WIDTH = 72;

function short(node: YAMLMap | YAMLSeq): boolean {
  return JSON.stringify(node.toJSON()).length <= INLINE_WIDTH;
}

function markInline(node: unknown, path: string): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
      const child = path ? `${path}.${key}` : key;
      if (INLINE.has(child) && (isMap(pair.value) || isSeq(pair.value)) && short(pair.value)) pair.value.flow = true;
      else markInline(pair.value, child);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) markInline(item, path);
  }
}

/** A new record file's text. `comment` is one or more plain lines put under the schema hint. */
export function recordText(schema: SchemaName, data: object, comment: string): string {
  const doc = new Document(data);
  markInline(doc.contents, '');
  const header = [schemaHint(schema), ...comment.split('\n').map((l) => `# ${l}`.trimEnd())].join('\n');
  return `${header}\n${doc.toString(RENDER_OPTIONS)}`;
}
