// `cqc schema [name]`: print a published JSON Schema so editors and other tools can use it.
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { SCHEMA_NAMES, schemaText, type SchemaName } from '../schema/validator.js';

const ABOUT: Record<SchemaName, string> = {
  cqc: 'cqc.yaml: provider, locations and closure policy',
  people: 'people.yaml: people, their roles, git emails and signing keys',
  action: 'actions/<ID>.yaml: one improvement action',
  evidence: 'evidence/<ACTION-ID>/<EVIDENCE-ID>.yaml: one evidence item',
  framework: "a provider's own quality-statement framework file",
};

export async function schemaCommand(opts: { name?: string | undefined }, io: Io): Promise<number> {
  if (opts.name === undefined) {
    io.stdout(SCHEMA_NAMES.map((n) => `${n.padEnd(10)} ${ABOUT[n]}`).join('\n') + '\n\nPrint one with: cqc schema <name>\n');
    return 0;
  }
  const name = opts.name.replace(/\.schema\.json$|\.json$|\.ya?ml$/, '') as SchemaName;
  if (!SCHEMA_NAMES.includes(name)) {
    throw new UsageError(`There is no schema called "${opts.name}". Choose one of: ${SCHEMA_NAMES.join(', ')}.`);
  }
  io.stdout(schemaText(name));
  return 0;
}
