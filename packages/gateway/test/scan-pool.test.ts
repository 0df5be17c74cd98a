import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countFindings } from '../src/policy/phi-counts.ts';
import { INLINE_SCAN_CHARS, ScanPool } from '../src/policy/scan-pool.ts';

const LONG_NOTE =
  'Member Jane Alvarez called about claim 4471 for her visit on 03/14/2026. Her SSN 078-05-1120 ' +
  'and card 4111 1111 1111 1111 are on file; call back at 800-555-0199 or jane.alvarez@example.org. ';

function longText(): string {
  let text = '';
  while (text.length < 3 * INLINE_SCAN_CHARS) text += LONG_NOTE;
  return text;
}

describe('scan pool', () => {
  it('counts in worker threads exactly what the inline scan counts', async () => {
    const pool = new ScanPool(2);
    try {
      const texts = [longText(), 'Subject for Jane Alvarez'];
      const expected = countFindings(texts, 0.6);
      assert.ok(
        expected.some(([category]) => category === 'SSN'),
        'the fixture holds an SSN',
      );
      const answers = await Promise.all(Array.from({ length: 8 }, () => pool.count(texts, 0.6)));
      for (const counts of answers) assert.deepEqual(counts, expected);
    } finally {
      await pool.close();
    }
  });

  it('passes the confidence floor to the threads', async () => {
    const pool = new ScanPool(1);
    try {
      const texts = [longText()];
      assert.deepEqual(await pool.count(texts, 0.99), countFindings(texts, 0.99));
      assert.notDeepEqual(countFindings(texts, 0.99), countFindings(texts, 0.1));
    } finally {
      await pool.close();
    }
  });

  it('replaces a thread that dies and fails only the scans it held', async () => {
    const pool = new ScanPool(1);
    try {
      const texts = [longText()];
      const before = await pool.count(texts, 0.6);
      const inFlight = pool.count(texts, 0.6);
      const threads = (
        pool as unknown as { threads: { worker: { terminate(): Promise<number> } }[] }
      ).threads;
      await threads[0]?.worker.terminate();
      await assert.rejects(inFlight, /PHI scan thread exited/);
      assert.deepEqual(await pool.count(texts, 0.6), before);
    } finally {
      await pool.close();
    }
  });

  it('refuses scans after close and rejects a bad size', async () => {
    const pool = new ScanPool(1);
    await pool.close();
    await assert.rejects(pool.count(['x'], 0.6), /closed/);
    assert.throws(() => new ScanPool(0), /size must be >= 1/);
  });
});
