// One mistake, one message. A YAML parser reports where it gave up, often the line before the
// slip and in its own words ("Nested mappings are not allowed in compact mappings"); a person
// needs the line they got wrong and what is wrong with it. This reads indentation line by line,
// as a person would, and names the first line that breaks it: a tab, or a line indented more (or
// less) than the block around it allows. The parser's own errors stay the judge of whether the
// file is valid; this only words the first of them.

export interface RootCause { line: number; column: number; message: string }

/** A line that opens a block: `key:` with nothing after it but an anchor, a tag or a comment. */
const OPENS_BLOCK = /:\s*(?:[&!][^\s#]*\s*)*(?:#.*)?$/;
/** `key: |` or `- >-` and the like: what follows, indented, is the text of the value. */
const BLOCK_SCALAR = /(?::|^-|\s-)\s+[|>][-+0-9]*\s*(?:#.*)?$/;
/** `key: value` (or `- key: value`): a mapping entry, which a continuation of a plain value is not. */
const MAPPING_ENTRY = /^(?:-\s+)*(?:"[^"]*"|'[^']*'|[^\s#'"\-?][^#]*?|-[^\s][^#]*?):(?:\s|$)/;
const SEQUENCE_ITEM = /^-(?:\s|$)/;

interface Open { indent: number; opensBlock: boolean; itemColumn?: number }

/** Strip quoted text and comments, so brackets and colons inside them do not count. */
function bare(content: string): string {
  return content.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, '""').replace(/(^|\s)#.*$/, '$1');
}

/** The column where an item's own mapping starts: `- id: x` → the column of `id`. */
function itemColumn(indent: number, content: string): number | undefined {
  const m = /^((?:-\s+)+)/.exec(content);
  return m ? indent + m[1]!.length : undefined;
}

export function rootCause(text: string): RootCause | undefined {
  const lines = text.split(/\r?\n/);
  let previous: Open | undefined;
  const levels: number[] = [0];
  let blockScalarAbove: number | undefined;
  let flowDepth = 0;
  for (const [i, raw] of lines.entries()) {
    const line = i + 1;
    const lead = /^[ \t]*/.exec(raw)![0];
    const content = raw.slice(lead.length);
    if (blockScalarAbove !== undefined) {
      if (content === '' || lead.replace(/\t/g, '  ').length > blockScalarAbove) continue;
      blockScalarAbove = undefined;
    }
    if (content === '' || content.startsWith('#') || content.startsWith('---') || content.startsWith('...')) continue;
    if (lead.includes('\t')) {
      return { line, column: lead.indexOf('\t') + 1, message: `Line ${line} starts with a tab; YAML needs spaces for indentation. Replace the tab with spaces, lined up with the lines around it.` };
    }
    const indent = lead.length;
    const stripped = bare(content);
    const inFlow = flowDepth > 0;
    flowDepth = Math.max(0, flowDepth + (stripped.match(/[[{]/g)?.length ?? 0) - (stripped.match(/[\]}]/g)?.length ?? 0));
    if (inFlow) continue;
    if (BLOCK_SCALAR.test(content)) blockScalarAbove = indent;
    // A line that is not an entry continues the value above it (plain text may run over lines).
    if (!MAPPING_ENTRY.test(content) && !SEQUENCE_ITEM.test(content)) continue;
    const item = itemColumn(indent, content);
    if (previous) {
      const allowed = previous.opensBlock ? Infinity : previous.itemColumn ?? previous.indent;
      if (indent > allowed) {
        return { line, column: indent + 1, message: `Line ${line} is indented more than the line above, so YAML cannot tell which field it belongs to. Line it up with the field it sits beside (or, if it belongs inside the field above, remove that field's value after the colon).` };
      }
      if (previous.opensBlock && indent > previous.indent) {
        levels.push(indent);
      } else {
        while (levels.length > 1 && levels[levels.length - 1]! > indent) levels.pop();
        if (levels[levels.length - 1] !== indent) {
          return { line, column: indent + 1, message: `Line ${line} is indented less than the line above but does not line up with any field above it. Indent it exactly as far as the fields it belongs with.` };
        }
      }
    }
    if (item !== undefined && levels[levels.length - 1] !== item) levels.push(item);
    previous = { indent, opensBlock: OPENS_BLOCK.test(stripped.trimEnd()), ...(item !== undefined ? { itemColumn: item } : {}) };
  }
  return undefined;
}
