// The quick line scanner must give exactly the full parser's line and column, or step aside.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { quickLocate } from '../../src/repo/quick-locate.js';
import { SourceFile, type DataPath } from '../../src/repo/source.js';

const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return yamlFiles(full);
    return /\.ya?ml$/.test(name) ? [full] : [];
  });
}

/** Every path into the data (each key and index, leaves included), and some that lead nowhere. */
function pathsOf(value: unknown, prefix: DataPath = []): DataPath[] {
  const out: DataPath[] = [prefix, [...prefix, 'no-such-key'], [...prefix, 99]];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  }
  return out;
}

/** Compare on every path; returns how many answers the scanner gave (the rest it left to the parser). */
function compare(text: string): { answered: number; asked: number } {
  const full = new SourceFile('x.yaml', text);
  full.document(); // build the positional document, so locate() below is the full parser's answer
  let answered = 0;
  let asked = 0;
  for (const path of pathsOf(parse(text))) {
    for (const key of [false, true]) {
      asked++;
      const quick = quickLocate(text, path, key);
      if (quick === undefined) continue;
      answered++;
      expect({ path, key, at: quick }).toEqual({ path, key, at: full.locate(path, key) });
    }
  }
  return { answered, asked };
}

describe('quickLocate', () => {
  it('answers for nearly every path of the bundled example records, exactly as the full parser does', () => {
    let answered = 0;
    let asked = 0;
    for (const file of yamlFiles(EXAMPLES)) {
      const r = compare(readFileSync(file, 'utf8'));
      answered += r.answered;
      asked += r.asked;
    }
    expect(asked).toBeGreaterThan(500);
    expect(answered / asked).toBeGreaterThan(0.97);
  });

  const answers: Record<string, string> = {
    'comments and blank lines': '# head\n\nid: A-1 # trailing\n\n# between\ntarget:\n  # inside\n  metric: falls\n\n  due: 2026-01-01\n',
    'a document start, CRLF line ends': '---\r\nid: A-1\r\nsteps:\r\n  - text: one\r\n    role: rm\r\n  - text: two\r\n',
    'a sequence at the key\'s own indent': 'steps:\n- text: one\n  role: rm\n- text: two\nnext: x\n',
    'scalars of every one-line kind': 'a: "quoted # not a comment"\nb: \'it\'\'s\'\nc: [x, "y]", {z: 1}]\nd: {k: v}\ne: plain no\nf: 12\n',
    'block scalars': 'note: |\n  line one\n  key: not a key\nafter: yes\nfolded: >-\n  text\n',
    'spaces before a colon and tabs after it': 'id :\tA-1\nowner:  rm\n',
    'nested sequences of mappings': 'a:\n  - b:\n      - c: 1\n        d: 2\n    e: 3\n  - f\n',
    'nested flow collections': 'a: [ [x, y], {k: [1, "2, 3"], l: \'q\'}, z, ]  # note\nb: {m: {n: o}}\n',
  };
  for (const [name, text] of Object.entries(answers)) {
    it(`is exact or silent: ${name}`, () => {
      const r = compare(text);
      expect(r.asked).toBeGreaterThan(0);
    });
  }

  it('answers the ordinary shapes rather than always deferring', () => {
    const text = answers['nested sequences of mappings']!;
    expect(quickLocate(text, ['a', 0, 'b', 0, 'd'], false)).toEqual({ line: 4, column: 12 });
    expect(quickLocate(text, ['a', 0, 'e'], true)).toEqual({ line: 5, column: 5 });
    expect(quickLocate(answers['a sequence at the key\'s own indent']!, ['steps', 1], false)).toEqual({ line: 4, column: 3 });
    expect(quickLocate(answers['comments and blank lines']!, ['target'], false)).toEqual({ line: 8, column: 3 });
    expect(quickLocate(answers['nested flow collections']!, ['a', 1, 'k', 1], false)).toEqual({ line: 1, column: 22 });
  });

  it('leaves unusual YAML to the full parser', () => {
    const unsure: Record<string, [string, DataPath]> = {
      'an empty value': ['a:\nb: 1\n', ['a']],
      'a multi-line plain scalar': ['a: one\n  two\nb: 1\n', ['a']],
      'a multi-line quoted scalar': ['a: "one\n  two"\nb: 1\n', ['a']],
      'a multi-line flow collection': ['a: [1,\n  2]\nb: 1\n', ['a']],
      'a value that is not a plain scalar': ['a: b: c\n', ['a']],
      'a quoted key': ['"a": 1\n', ['a']],
      'a boolean key': ['true: 1\n', ['true']],
      'an alias': ['a: &x 1\nb: *x\n', ['b']],
      'a tag': ['a: !!str 1\n', ['a']],
      'a second document': ['a: 1\n---\nb: 2\n', ['a']],
      'a flow mapping at the top': ['{a: 1}\n', ['a']],
      'a tab in the indentation': ['a:\n\t- 1\n', ['a', 0]],
      'a byte order mark': ['\uFEFFa: 1\n', ['a']],
      'a pair inside a flow sequence': ['a: [b: 1]\n', ['a', 0]],
      'a flow key without a value': ['a: {b, c: 1}\n', ['a', 'c']],
      'a quoted flow key': ['a: {"b": 1}\n', ['a', 'b']],
    };
    for (const [name, [text, path]] of Object.entries(unsure)) {
      expect(quickLocate(text, path, false), name).toBeUndefined();
    }
    // Nesting deep enough to overflow the stack is left to the full parser too, not an error.
    const deep = `a: ${'['.repeat(20000)}${']'.repeat(20000)}\n`;
    expect(quickLocate(deep, ['a', 0, 0], false)).toBeUndefined();
    // ...but a path that stops before the odd part is still answered.
    expect(quickLocate('a: 1\nb: "x\n  y"\n', ['a'], false)).toEqual({ line: 1, column: 4 });
  });
});
