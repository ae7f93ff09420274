import { describe, expect, it } from 'vitest';
import { parseXml } from './xml-check.js';

// The JUnit tests lean on this reader, so it must itself refuse broken XML.
describe('parseXml (test helper)', () => {
  it('reads elements, attributes and entities', () => {
    const root = parseXml('<?xml version="1.0"?>\n<a x="1 &amp; 2&#10;"><b/>t &lt; u</a>');
    expect(root.attrs.x).toBe('1 & 2\n');
    expect(root.children.map((c) => c.name)).toEqual(['b']);
    expect(root.text).toBe('t < u');
  });

  it('rejects what an XML parser rejects', () => {
    expect(() => parseXml('<a><b></a>')).toThrow();
    expect(() => parseXml('<a>x & y</a>')).toThrow();
    expect(() => parseXml('<a x=1/>')).toThrow();
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow();
    expect(() => parseXml('<a>')).toThrow();
    expect(() => parseXml('<a/><b/>')).toThrow();
  });
});
