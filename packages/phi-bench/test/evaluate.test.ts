import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluate } from '../src/evaluate.ts';
import { AlignmentError } from '../src/peers/errors.ts';
import type { Detector, LabeledSpan } from '../src/types.ts';
import { scan } from './fake-engine.ts';

const fakeEngine: Detector = {
  name: 'fake',
  run: (text) => scan(text),
  detect: (text) =>
    scan(text).map((f) => ({
      start: f.start,
      end: f.end,
      label: f.rule,
      category: f.category as 'EMAIL' | 'SSN' | 'PHONE' | 'ZIP_CODE',
    })),
};

const gold = (text: string, value: string, category: LabeledSpan['category']): LabeledSpan => {
  const start = text.indexOf(value);
  return { start, end: start + value.length, category, label: category ?? 'UNMAPPED' };
};

describe('evaluate with a fake engine', () => {
  const a = 'Mail ann@x.org, SSN 123-45-6789, code 12345 at Acme Corp.';
  const b = 'Call 555-867-5309 about zip 02139.';
  const clean = 'Thanks, the claim was approved.';
  const docs = [
    {
      text: a,
      gold: [
        gold(a, 'ann@x.org', 'EMAIL'),
        gold(a, '123-45-6789', 'SSN'),
        gold(a, 'Acme Corp', null),
      ],
    },
    { text: b, gold: [gold(b, '555-867-5309', 'PHONE'), gold(b, '02139', 'STREET_ADDRESS')] },
    { text: clean, gold: [], negative: true },
    { text: 'zip 90210 only', gold: [], negative: true },
  ];

  it('scores per category, micro and agnostic', async () => {
    const result = await evaluate(
      fakeEngine,
      docs,
      ['EMAIL', 'SSN', 'PHONE', 'ZIP_CODE', 'STREET_ADDRESS'],
      true,
    );
    const by = result.score.byCategory;
    assert.equal(by.get('EMAIL')?.found, 1);
    assert.equal(by.get('SSN')?.found, 1);
    assert.equal(by.get('PHONE')?.found, 1);
    // The ZIP prediction in b matches the STREET_ADDRESS gold (compatible categories)...
    assert.equal(by.get('STREET_ADDRESS')?.found, 1);
    // ...while "12345" in a and "90210" are false positives.
    assert.equal(by.get('ZIP_CODE')?.predTp, 1);
    assert.equal(by.get('ZIP_CODE')?.predFp, 2);
    assert.deepEqual(result.score.micro, {
      gold: 4,
      found: 4,
      predTp: 4,
      predFp: 2,
      predIgnored: 0,
    });
    assert.deepEqual(result.negatives, { total: 2, flagged: 1 });
  });

  it('counts a failing peer as no findings and reports it', async () => {
    let calls = 0;
    const flaky: Detector = {
      name: 'flaky',
      run: () => undefined,
      detect: (text) => {
        calls += 1;
        if (calls === 1) throw new Error('boom');
        if (calls === 2) throw new AlignmentError('flaky');
        return fakeEngine.detect(text);
      },
    };
    const result = await evaluate(flaky, docs, ['EMAIL'], false);
    assert.equal(result.thrown, 1);
    assert.equal(result.unaligned, 1);
    assert.equal(result.firstError, 'boom');
    assert.equal(result.score.byCategory.get('EMAIL')?.found, 0);
  });

  it('lets our engine crash the run', async () => {
    const broken: Detector = {
      name: 'broken',
      run: () => undefined,
      detect: () => {
        throw new Error('engine bug');
      },
    };
    await assert.rejects(evaluate(broken, docs, ['EMAIL'], true), /engine bug/);
  });

  it('rejects out-of-range spans from our engine', async () => {
    const outOfRange: Detector = {
      name: 'bad-offsets',
      run: () => undefined,
      detect: () => [{ start: 0, end: 9999, label: 'x', category: 'EMAIL' }],
    };
    await assert.rejects(evaluate(outOfRange, docs, ['EMAIL'], true), /outside the text/);
  });
});
