import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IncrementalScanner } from '../src/incremental.ts';
import { scan } from '../src/scan.ts';
import { loadCorpus } from './corpus/corpus.ts';

/** A deterministic pseudo-random generator (mulberry32), so failures reproduce. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('IncrementalScanner', () => {
  const messages = loadCorpus('dev').map((m) => m.text);
  const longText = messages.join('\n\n').slice(0, 24_000);

  it('equals a full scan after every one of many random edits on a long text', () => {
    const next = random(42);
    const scanner = new IncrementalScanner();
    let text = longText;
    scanner.update(text);
    let incremental = 0;
    for (let edit = 0; edit < 300; edit++) {
      const at = Math.floor(next() * text.length);
      const removed = Math.floor(next() * 12);
      const source = messages[Math.floor(next() * messages.length)] ?? '';
      const from = Math.floor(next() * source.length);
      const inserted = next() < 0.5 ? source.slice(from, from + Math.floor(next() * 40)) : '';
      text = text.slice(0, at) + inserted + text.slice(at + removed);
      const findings = scanner.update(text);
      if (scanner.lastUpdate === 'incremental') incremental++;
      assert.deepEqual(findings, scan(text), `edit ${edit} at ${at}`);
    }
    assert.ok(incremental > 200, `most edits should be incremental, were ${incremental}/300`);
  });

  it('handles typing at the end and deleting everything', () => {
    const scanner = new IncrementalScanner();
    let text = longText;
    for (const char of ' Call me at 212-555-0142.') {
      text += char;
      scanner.update(text);
    }
    assert.deepEqual(scanner.findings, scan(text));
    assert.deepEqual(scanner.update(''), []);
  });
});
