// Line and column of a data path, found by scanning the lines of plain block YAML instead of building
// yaml's positional document (several times slower, and a check may need positions in a thousand
// files). It knows only the shapes records are written in: block mappings and sequences with plain
// keys, one-line scalars and flow collections, block scalars, comments. Anything else, and any
// doubt, answers undefined, and the caller asks the full parser. The answers are the full parser's:
// test/repo/quick-locate.test.ts compares the two on every path of every file it is given.
import type { DataPath, Position } from './source.js';

interface Line {
  /** 0-based line number in the file. */
  no: number;
  indent: number;
  /** The line after its indentation, without a trailing \r. */
  content: string;
}

/** A block mapping: entries at `column`, the first possibly after "- " on `lines[first]`. */
interface MapNode { kind: 'map'; first: number; column: number; end: number }
/** A block sequence: items are lines at `indent` starting "-". */
interface SeqNode { kind: 'seq'; first: number; indent: number; end: number }
/** A scalar: nothing to look inside. */
interface LeafNode { kind: 'leaf' }
/** A flow collection written on one line, already taken apart. */
interface FlowSeq { kind: 'fseq'; items: Located[] }
interface FlowMap { kind: 'fmap'; entries: { key: string; keyPos: Position; value: Located }[] }
type BlockNode = MapNode | SeqNode | LeafNode | FlowSeq | FlowMap;

interface Located { pos: Position; node: BlockNode }

const PLAIN_KEY = /^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?=[ \t]|$)/;
/** Keys YAML reads as booleans or null, whose text is not what a data path names. */
const NOT_A_STRING_KEY = /^(true|false|null|True|False|TRUE|FALSE|Null|NULL)$/;

class Unsure extends Error {}

export function quickLocate(text: string, path: DataPath, key: boolean): Position | undefined {
  try {
    return new Scanner(text).locate(path, key);
  } catch {
    // Unsure, or anything else (a flow collection nested thousands deep overflows the stack): the
    // scanner is only a short cut, so the full parser answers instead.
    return undefined;
  }
}

class Scanner {
  private readonly lines: Line[] = [];

  constructor(text: string) {
    if (text.charCodeAt(0) === 0xfeff) throw new Unsure();
    const raw = text.split('\n');
    let started = false;
    for (const [no, full] of raw.entries()) {
      const line = full.endsWith('\r') ? full.slice(0, -1) : full;
      const indent = line.length - line.trimStart().length;
      const content = line.slice(indent);
      if (content === '' || content.startsWith('#')) continue;
      if (line.slice(0, indent).includes('\t')) throw new Unsure();
      if (indent === 0 && (content.startsWith('%') || content.startsWith('...'))) throw new Unsure();
      if (indent === 0 && /^---(\s|$)/.test(content)) {
        // A document start before anything else is harmless; a second document is not ours to read.
        if (started || content.replace(/^---\s*(#.*)?$/, '') !== '') throw new Unsure();
        continue;
      }
      started = true;
      this.lines.push({ no, indent, content });
    }
  }

  locate(path: DataPath, key: boolean): Position | undefined {
    const first = this.lines[0];
    if (!first) throw new Unsure();
    const rootNode = this.blockAt(0, this.lines.length, first.indent);
    if (rootNode.kind === 'leaf') throw new Unsure();
    let at: Position = { line: first.no + 1, column: first.indent + 1 };
    let node: BlockNode = rootNode;
    for (const [i, part] of path.entries()) {
      const last = i === path.length - 1;
      let found: { key: Position; value: Located } | undefined;
      if (node.kind === 'map') {
        const entry = this.entry(node, String(part));
        if (!entry) break;
        found = { key: entry.key, value: entry.value() };
      } else if (node.kind === 'seq' && typeof part === 'number') {
        const item = this.item(node, part);
        if (!item) break;
        found = { key: item.pos, value: item };
      } else if (node.kind === 'fmap') {
        const pair: FlowMap['entries'][number] | undefined = node.entries.find((e) => e.key === String(part));
        if (!pair) break;
        found = { key: pair.keyPos, value: pair.value };
      } else if (node.kind === 'fseq' && typeof part === 'number') {
        const element: Located | undefined = node.items[part];
        if (!element) break;
        found = { key: element.pos, value: element };
      } else {
        break;
      }
      at = last && key ? found.key : found.value.pos;
      node = found.value.node;
    }
    return at;
  }

  /** The node whose first line is lines[index], a block at `indent` running to `end`. */
  private blockAt(index: number, end: number, indent: number): BlockNode {
    const line = this.lines[index]!;
    if (isSeqLine(line.content)) return { kind: 'seq', first: index, indent, end };
    if (PLAIN_KEY.test(line.content)) return { kind: 'map', first: index, column: indent, end };
    throw new Unsure();
  }

  private entry(map: MapNode, wanted: string): { key: Position; value: () => Located } | undefined {
    for (let i = map.first; i < map.end; i++) {
      const line = this.lines[i]!;
      // The first entry may sit after "- " on an item line; the others start a line at the column.
      const start = i === map.first ? map.column - line.indent : 0;
      if (i !== map.first) {
        if (line.indent < map.column) throw new Unsure();
        if (line.indent > map.column || isSeqLine(line.content)) continue; // inside an entry's value
      }
      const text = line.content.slice(start);
      const m = PLAIN_KEY.exec(text);
      if (!m || NOT_A_STRING_KEY.test(m[1]!)) throw new Unsure();
      if (m[1] !== wanted) continue;
      const keyPos = { line: line.no + 1, column: map.column + 1 };
      const rest = text.slice(m[0].length);
      return { key: keyPos, value: () => this.value(i, map.column, map.column + m[0].length, rest, map.end, false) };
    }
    return undefined;
  }

  private item(seq: SeqNode, wanted: number): Located | undefined {
    let n = -1;
    for (let i = seq.first; i < seq.end; i++) {
      const line = this.lines[i]!;
      if (line.indent < seq.indent) throw new Unsure();
      if (line.indent > seq.indent) continue;
      if (!isSeqLine(line.content)) break; // the mapping around a same-indent sequence goes on
      if (++n !== wanted) continue;
      return this.value(i, seq.indent, seq.indent + 1, line.content.slice(1), seq.end, true);
    }
    return undefined;
  }

  /**
   * The value starting after a key's colon (or an item's dash) on lines[index]. `rest` is the line
   * after that point, `restColumn` its 0-based column, `owner` the column of the key or dash.
   */
  private value(index: number, owner: number, restColumn: number, rest: string, end: number, inSeq: boolean): Located {
    const spaces = rest.length - rest.replace(/^[ \t]+/, '').length;
    const body = rest.slice(spaces);
    const column = restColumn + spaces;
    const line = this.lines[index]!;
    const here = { line: line.no + 1, column: column + 1 };
    // Where this value's lines end: the next line back at (or left of) the owner's column, except
    // that a mapping's value may be a sequence at the key's own column.
    let stop = index + 1;
    while (stop < end) {
      const next = this.lines[stop]!;
      if (next.indent < owner || (next.indent === owner && (inSeq || !isSeqLine(next.content)))) break;
      stop++;
    }
    if (body === '' || body.startsWith('#')) {
      if (stop === index + 1) throw new Unsure(); // an empty value: let the full parser place the null
      const next = this.lines[index + 1]!;
      const node = this.blockAt(index + 1, stop, next.indent);
      if (node.kind === 'map' && next.indent <= owner) throw new Unsure();
      return { pos: { line: next.no + 1, column: next.indent + 1 }, node };
    }
    if (inSeq && PLAIN_KEY.test(body)) {
      // "- key: value": a mapping whose first entry shares the dash's line.
      return { pos: here, node: { kind: 'map', first: index, column, end: stop } };
    }
    if (isSeqLine(body) || /^[&*!?|>%@`]/.test(body) && !/^[|>]/.test(body)) throw new Unsure();
    if (/^[|>]/.test(body)) {
      if (!/^[|>][-+0-9]*[ \t]*(#.*)?$/.test(body)) throw new Unsure();
      return { pos: here, node: { kind: 'leaf' } };
    }
    if (stop !== index + 1) throw new Unsure(); // a scalar running onto more lines
    if (body.startsWith('[') || body.startsWith('{')) {
      const flow = new FlowReader(body, line.no + 1, column);
      const node = flow.collection();
      if (!/^[ \t]*(#.*)?$/.test(body.slice(flow.at))) throw new Unsure();
      return node;
    } else if (body.startsWith('"') || body.startsWith("'")) {
      if (!quoteClosesOnLine(body)) throw new Unsure();
    } else if (/:[ \t]|:$/.test(body.replace(/[ \t]+#.*$/, ''))) {
      throw new Unsure(); // "a: b: c" is not a plain scalar
    }
    return { pos: here, node: { kind: 'leaf' } };
  }
}

function isSeqLine(content: string): boolean {
  return content === '-' || content.startsWith('- ') || content.startsWith('-\t');
}

/**
 * Takes apart a flow collection that opens and closes on one line: `[a, "b", {c: 1}]`. Plain and
 * quoted scalars, nested collections, plain keys; anything else (an empty entry, `? `, a pair
 * inside a sequence, a key without a value) is left to the full parser.
 */
class FlowReader {
  at = 0;

  constructor(private readonly text: string, private readonly line: number, private readonly column: number) {}

  collection(): Located {
    const pos = this.pos();
    const open = this.text[this.at];
    this.at++;
    if (open === '[') {
      const items: Located[] = [];
      this.entries(']', () => items.push(this.node(',]')));
      return { pos, node: { kind: 'fseq', items } };
    }
    const entries: FlowMap['entries'] = [];
    this.entries('}', () => {
      const m = FLOW_KEY.exec(this.text.slice(this.at));
      if (!m || NOT_A_STRING_KEY.test(m[1]!)) throw new Unsure();
      const keyPos = this.pos();
      this.at += m[0].length;
      entries.push({ key: m[1]!, keyPos, value: this.node(',}') });
    });
    return { pos, node: { kind: 'fmap', entries } };
  }

  /** Read entries up to `close`, separated by commas; a trailing comma is allowed, as in YAML. */
  private entries(close: string, read: () => void): void {
    for (;;) {
      this.skipSpace();
      if (this.text[this.at] === close) { this.at++; return; }
      read();
      this.skipSpace();
      const c = this.text[this.at];
      if (c === ',') { this.at++; continue; }
      if (c === close) { this.at++; return; }
      throw new Unsure();
    }
  }

  private node(stops: string): Located {
    this.skipSpace();
    const c = this.text[this.at];
    if (c === undefined || stops.includes(c) || /[&*!?|>%@`#,\]}]/.test(c)) throw new Unsure();
    if (c === '[' || c === '{') return this.collection();
    const pos = this.pos();
    if (c === '"' || c === "'") {
      const end = quotedEnd(this.text, this.at);
      if (end < 0) throw new Unsure();
      this.at = end;
    } else {
      const m = /^[^,[\]{}#]*/.exec(this.text.slice(this.at))![0].replace(/[ \t]+$/, '');
      if (/:([ \t]|$)/.test(m) || m === '') throw new Unsure(); // a pair, or something odder
      this.at += m.length;
    }
    return { pos, node: { kind: 'leaf' } };
  }

  private skipSpace(): void {
    while (this.text[this.at] === ' ' || this.text[this.at] === '\t') this.at++;
  }

  private pos(): Position {
    return { line: this.line, column: this.column + this.at + 1 };
  }
}

const FLOW_KEY = /^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:[ \t]+/;

/** Index just past the closing quote of the quoted scalar starting at `from`, or -1. */
function quotedEnd(text: string, from: number): number {
  const quote = text[from]!;
  for (let i = from + 1; i < text.length; i++) {
    const c = text[i]!;
    if (quote === '"' && c === '\\') { i++; continue; }
    if (c !== quote) continue;
    if (quote === "'" && text[i + 1] === "'") { i++; continue; }
    return i + 1;
  }
  return -1;
}

/** A quoted scalar that closes on its line with nothing but a comment after it. */
function quoteClosesOnLine(body: string): boolean {
  const end = quotedEnd(body, 0);
  return end > 0 && /^[ \t]*(#.*)?$/.test(body.slice(end));
}
