import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CqcError } from '../../src/errors.js';
import { renderDocument, writeFileAtomic } from '../../src/repo/write.js';
import { appendOrdered, flowList, setOrdered } from '../../src/workflow/edit.js';
import { ACTION } from './helpers.js';

const folder = () => mkdtempSync(join(tmpdir(), 'cqc-write-'));

describe('writeFileAtomic', () => {
  it('creates a new file and leaves no temporary file behind', () => {
    const dir = folder();
    writeFileAtomic(join(dir, 'actions', 'MH-001.yaml'), 'id: MH-001\n', null);
    expect(readFileSync(join(dir, 'actions', 'MH-001.yaml'), 'utf8')).toBe('id: MH-001\n');
    expect(readdirSync(join(dir, 'actions'))).toEqual(['MH-001.yaml']);
  });

  it('replaces a file whose content is still what was read', () => {
    const dir = folder();
    const path = join(dir, 'a.yaml');
    writeFileSync(path, 'old\n');
    writeFileAtomic(path, 'new\n', 'old\n');
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });

  it('refuses to overwrite a file changed on disk since it was read, and cleans up', () => {
    const dir = folder();
    const path = join(dir, 'a.yaml');
    writeFileSync(path, 'edited by someone else\n');
    expect(() => writeFileAtomic(path, 'new\n', 'old\n', 'a.yaml')).toThrow(CqcError);
    expect(() => writeFileAtomic(path, 'new\n', 'old\n', 'a.yaml')).toThrow(/a\.yaml changed on disk while cqc was working.*run the command again/i);
    expect(readFileSync(path, 'utf8')).toBe('edited by someone else\n');
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });

  it('refuses to create a file that appeared meanwhile', () => {
    const dir = folder();
    const path = join(dir, 'a.yaml');
    writeFileSync(path, 'someone else\n');
    expect(() => writeFileAtomic(path, 'mine\n', null, 'a.yaml')).toThrow(/changed on disk/);
    expect(readFileSync(path, 'utf8')).toBe('someone else\n');
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });

  it('writes bytes unchanged (attachments)', () => {
    const dir = folder();
    const bytes = Uint8Array.from([0, 255, 10, 13, 1]);
    writeFileAtomic(join(dir, 'f.bin'), bytes, null);
    expect([...readFileSync(join(dir, 'f.bin'))]).toEqual([...bytes]);
  });
});

describe('editing a record keeps the user\'s text', () => {
  it('keeps comments, key order, flow lists and extensions; new keys go in SPEC order', () => {
    const doc = parseDocument(ACTION);
    setOrdered(doc, ['closure', 'recommended_on'], '2026-04-14');
    setOrdered(doc, ['closure', 'recommended_by'], 'priya-patel');
    setOrdered(doc, ['status'], 'monitoring');
    const text = renderDocument(doc);
    expect(text).toContain('# Raised after the September audit. Keep this comment.\nid: MH-001');
    expect(text).toContain('risk_areas: [safety] # high-risk: senior decision needed');
    expect(text).toContain('status: monitoring # work under way');
    // closure comes after status and before the x- extension kept at the end; inside, SPEC order.
    expect(text).toMatch(/status: monitoring[^\n]*\nclosure:\n {2}recommended_by: priya-patel\n {2}recommended_on: 2026-04-14\nx-tracker-ref: T-17\n$/);
    // Everything before the edit is byte-for-byte the same.
    const head = ACTION.slice(0, ACTION.indexOf('status:'));
    expect(text.startsWith(head.replace('risk_areas: [safety]   #', 'risk_areas: [safety] #'))).toBe(true);
  });

  it('appends to an existing list and creates a missing one in order', () => {
    const doc = parseDocument(`${ACTION}reopened:\n  - on: 2026-05-01\n    by: priya-patel\n    reason: Fall\n`);
    appendOrdered(doc, ['reopened'], { on: '2026-06-01', by: 'sam-smith', reason: 'Missing records' });
    appendOrdered(doc, ['post_closure', 'reviews'], { on: '2026-06-01', by: 'sam-smith', result: 'sustained' });
    setOrdered(doc, ['post_closure', 'review_due'], '2026-08-01');
    setOrdered(doc, ['closure', 'evidence_reviewed'], flowList(doc, ['MH-001-E01', 'MH-001-E02']));
    const text = renderDocument(doc);
    const data = doc.toJS() as { reopened: unknown[]; post_closure: Record<string, unknown> };
    expect(data.reopened).toHaveLength(2);
    expect(Object.keys(data.post_closure)).toEqual(['review_due', 'reviews']);
    expect(text).toContain('evidence_reviewed: [MH-001-E01, MH-001-E02]');
    const order = ['status:', 'closure:', 'post_closure:', 'reopened:'].map((k) => text.indexOf(`\n${k}`));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order.every((i) => i > 0)).toBe(true);
  });
});
