// The parts of docs/reference.md that the code itself knows: the rules (from the registry), the
// fields of every file (from the published schemas, descriptions and all) and the quality
// statements (from the built-in framework). Generated, so the reference cannot drift from what
// cqc does; a test compares the file with this, and `npm run docs` rewrites it.
import { builtinFramework, DEFAULT_FRAMEWORK_ID } from '../framework/index.js';
import { RULE_METAS } from '../rules/index.js';
import { schemaOf, type SchemaName } from '../schema/validator.js';

interface Node {
  $ref?: string;
  description?: string;
  properties?: Record<string, Node>;
  required?: string[];
  items?: Node;
  allOf?: Node[];
  oneOf?: Node[];
  anyOf?: Node[];
  $defs?: Record<string, Node>;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/**
 * A map with one entry per known key, each of the same shape (regulation_risk, source_risk): one
 * field in the reference, not twenty.
 */
function mapLike(props: [string, Node][]): boolean {
  const shapes = new Set(props.map(([, child]) => JSON.stringify({ ...child, description: undefined })));
  return props.length > 5 && shapes.size === 1;
}

function fieldRows(schema: Node): string[] {
  const defs = schema.$defs ?? {};
  const deref = (n: Node | undefined): Node | undefined => (n?.$ref?.startsWith('#/$defs/') ? deref(defs[n.$ref.slice(8)]) : n);
  const rows: string[] = [];
  const seen = new Set<string>();
  const walk = (node: Node | undefined, path: string): void => {
    const n = deref(node);
    if (!n) return;
    const props = Object.entries(n.properties ?? {});
    if (!mapLike(props)) {
      for (const [key, child] of props) {
        const field = path ? `${path}.${key}` : key;
        if (seen.has(field)) continue;
        seen.add(field);
        const description = child.description ?? deref(child)?.description ?? '';
        rows.push(`| \`${field}\` | ${n.required?.includes(key) ? 'required' : ''} | ${cell(description)} |`);
        walk(child, field);
      }
    }
    if (n.items) walk(n.items, `${path}[]`);
    for (const sub of [...(n.allOf ?? []), ...(n.oneOf ?? []), ...(n.anyOf ?? [])]) walk(sub, path);
  };
  walk(schema, '');
  return rows;
}

export function fieldTable(name: SchemaName): string {
  return ['| field | | what it holds |', '|---|---|---|', ...fieldRows(schemaOf(name) as Node)].join('\n');
}

export function ruleTable(): string {
  return ['| rule | severity | stage | what it finds |', '|---|---|---|---|',
    ...RULE_METAS.map((m) => `| \`${m.id}\` | ${m.severity} | ${m.stage} | ${cell(m.description)} |`)].join('\n');
}

export function statementTable(): string {
  const fw = builtinFramework(DEFAULT_FRAMEWORK_ID)!;
  return ['| id | title | risk areas it implies |', '|---|---|---|',
    ...[...fw.statements.values()].map((s) => `| \`${s.id}\` | ${cell(s.title)} | ${s.riskAreas.join(', ')} |`)].join('\n');
}

/** Every generated section of docs/reference.md, by the name in its markers. */
export function generatedSections(): Record<string, string> {
  return {
    rules: ruleTable(),
    'fields-cqc': fieldTable('cqc'),
    'fields-people': fieldTable('people'),
    'fields-action': fieldTable('action'),
    'fields-evidence': fieldTable('evidence'),
    'fields-framework': fieldTable('framework'),
    statements: statementTable(),
  };
}

const marker = (name: string) => new RegExp(`(<!-- generated:${name} -->\\n)(?:[\\s\\S]*?\\n)?(<!-- /generated:${name} -->)`);

/** The text between each section's markers, or undefined when the markers are missing. */
export function sectionsIn(text: string): Record<string, string | undefined> {
  return Object.fromEntries(Object.keys(generatedSections()).map((name) => {
    const m = new RegExp(`<!-- generated:${name} -->\\n(?:([\\s\\S]*?)\\n)?<!-- /generated:${name} -->`).exec(text);
    return [name, m ? m[1] ?? '' : undefined];
  }));
}

/** The document with every generated section replaced by what the code says now. */
export function withGeneratedSections(text: string): string {
  let out = text;
  for (const [name, table] of Object.entries(generatedSections())) out = out.replace(marker(name), (_m, open: string, close: string) => `${open}${table}\n${close}`);
  return out;
}
