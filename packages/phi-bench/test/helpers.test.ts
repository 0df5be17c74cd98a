import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyGrowth } from '../src/adversarial.ts';
import { ADVERSARIAL_INPUTS } from '../src/adversarial-inputs.ts';
import { buildMessages } from '../src/messages.ts';
import { table } from '../src/report.ts';
import { seededRandom, shuffled } from '../src/rng.ts';
import { median, percentile } from '../src/stats.ts';

describe('stats', () => {
  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    assert.equal(percentile(values, 99), 99);
    assert.equal(percentile(values, 100), 100);
    assert.equal(median([3, 1, 2]), 2);
    assert.ok(Number.isNaN(median([])));
  });
});

describe('seeded inputs', () => {
  it('shuffles the same way for the same seed', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    assert.deepEqual(shuffled(items, seededRandom(7)), shuffled(items, seededRandom(7)));
    assert.notDeepEqual(shuffled(items, seededRandom(7)), items);
  });

  it('builds messages of at least the requested size', () => {
    const messages = buildMessages(['alpha beta', 'gamma', 'delta epsilon zeta'], 5, 100);
    assert.equal(messages.length, 5);
    for (const message of messages) assert.ok(message.length >= 100);
    assert.deepEqual(
      messages,
      buildMessages(['alpha beta', 'gamma', 'delta epsilon zeta'], 5, 100),
    );
  });

  it('makes adversarial inputs of the exact size', () => {
    for (const input of ADVERSARIAL_INPUTS) assert.equal(input.make(5120).length, 5120, input.name);
  });
});

describe('growth classification', () => {
  it('calls 4x per doubling quadratic and extrapolates with that exponent', () => {
    const result = classifyGrowth([
      { size: 5120, ms: 25, status: 'ok' },
      { size: 10240, ms: 100, status: 'ok' },
      { size: 20480, ms: 400, status: 'ok' },
    ]);
    assert.equal(result.growth, 4);
    assert.match(result.verdict, /^quadratic/);
    assert.ok(Math.abs((result.extrapolated1MbMs ?? 0) - 400 * (1e6 / 20480) ** 2) < 1e-6);
  });

  it('reports a timeout', () => {
    const result = classifyGrowth([
      { size: 5120, ms: 900, status: 'ok' },
      { size: 10240, ms: null, status: 'timeout', capMs: 3000 },
      { size: 20480, ms: null, status: 'skipped' },
    ]);
    assert.match(result.verdict, /> 3\.00 s on 10 KB/);
  });
});

describe('table', () => {
  it('aligns columns', () => {
    assert.equal(
      table(
        'T',
        ['name', 'n'],
        [
          ['a', '1'],
          ['bbb', '22'],
        ],
      ),
      ['T', 'name   n', '----  --', 'a      1', 'bbb   22'].join('\n'),
    );
  });
});
