import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadCorpus, parseCorpus } from './corpus/corpus.ts';
import type { LabeledMessage } from './corpus/corpus.ts';
import { PHI_CATEGORIES } from '../src/taxonomy.ts';

const MIN_PHI_MESSAGES = 160;
const MIN_NEGATIVE_MESSAGES = 100;
const MIN_SPANS_PER_CATEGORY = 12;

const SETS = ['dev', 'holdout'] as const;
const corpora = { dev: loadCorpus('dev'), holdout: loadCorpus('holdout') };

function parseError(source: string): string {
  try {
    parseCorpus(source, 'bad.txt');
  } catch (error) {
    assert.ok(error instanceof Error);
    return error.message;
  }
  assert.fail('expected parseCorpus to throw');
}

function digits(value: string): string {
  return value.replace(/\D/g, '');
}

function luhnValid(number: string): boolean {
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let d = Number(number[number.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return number.length > 1 && sum % 10 === 0;
}

function ssnValid(value: string): boolean {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(value);
  if (!m) return false;
  const [, area = '', group = '', serial = ''] = m;
  return (
    area !== '000' && area !== '666' && !area.startsWith('9') && group !== '00' && serial !== '0000'
  );
}

function deaValid(value: string): boolean {
  const d = value.slice(2).split('').map(Number);
  const [d1 = 0, d2 = 0, d3 = 0, d4 = 0, d5 = 0, d6 = 0, d7 = -1] = d;
  return (d1 + d3 + d5 + 2 * (d2 + d4 + d6)) % 10 === d7;
}

function abaValid(value: string): boolean {
  const d = value.split('').map(Number);
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  return d.length === 9 && d.reduce((sum, x, i) => sum + x * (w[i] ?? 0), 0) % 10 === 0;
}

const VIN_VALUES: Record<string, number> = Object.fromEntries([
  ...'0123456789'.split('').map((c) => [c, Number(c)]),
  ...Object.entries({ A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8 }),
  ...Object.entries({ J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9 }),
  ...Object.entries({ S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 }),
]);
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

function vinValid(vin: string): boolean {
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(vin)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (VIN_VALUES[vin[i] ?? ''] ?? 0) * (VIN_WEIGHTS[i] ?? 0);
  const check = sum % 11 === 10 ? 'X' : String(sum % 11);
  return vin[8] === check;
}

const MBI_PATTERN =
  /^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d\d$/;

function spansOf(messages: readonly LabeledMessage[], category: string) {
  return messages.flatMap((m) =>
    m.spans.filter((s) => s.category === category).map((s) => ({ m, s })),
  );
}

describe('parseCorpus', () => {
  it('strips markup and computes offsets into the stripped text', () => {
    const source = [
      '# a comment',
      '',
      '=== t-1 phi billing',
      'Hi {{PERSON_NAME:Ana Lima}}, DOB {{DATE:3/4/24}}.',
      'Call {{PHONE:(617) 555-0100',
      'ext. 12}} today.',
      '',
      '',
      '=== t-2 negative',
      'Case 00012345 is closed.',
      '',
    ].join('\n');
    const [first, second, ...rest] = parseCorpus(source, 'ok.txt');
    assert.equal(rest.length, 0);
    assert.ok(first && second);
    assert.equal(first.id, 't-1');
    assert.deepEqual(first.tags, ['phi', 'billing']);
    assert.equal(first.text, 'Hi Ana Lima, DOB 3/4/24.\nCall (617) 555-0100\next. 12 today.');
    assert.deepEqual(first.spans, [
      { category: 'PERSON_NAME', start: 3, end: 11, value: 'Ana Lima' },
      { category: 'DATE', start: 17, end: 23, value: '3/4/24' },
      { category: 'PHONE', start: 30, end: 52, value: '(617) 555-0100\next. 12' },
    ]);
    for (const span of first.spans)
      assert.equal(first.text.slice(span.start, span.end), span.value);
    assert.deepEqual(second, {
      id: 't-2',
      tags: ['negative'],
      text: 'Case 00012345 is closed.',
      spans: [],
    });
  });

  it('keeps colons in values and counts offsets in UTF-16 code units', () => {
    const [message] = parseCorpus(
      '=== t-1 phi\n😀 {{URL:https://portal.example.com/p?id=1}} é {{CLINICAL:Z79.4}}',
      'ok.txt',
    );
    assert.ok(message);
    const [url, code] = message.spans;
    assert.deepEqual(url, {
      category: 'URL',
      start: 3,
      end: 36,
      value: 'https://portal.example.com/p?id=1',
    });
    assert.equal(code?.start, 39);
    assert.equal(message.text.slice(code?.start, code?.end), 'Z79.4');
  });

  it('accepts CRLF line endings', () => {
    const [message] = parseCorpus('=== t-1 phi\r\nDear {{PERSON_NAME:Ms. X}}\r\n\r\n', 'ok.txt');
    assert.equal(message?.text, 'Dear Ms. X');
  });

  const bad: [string, string, RegExp][] = [
    ['unclosed markup', '=== a phi\nok\nHi {{PERSON_NAME:Ana', /^bad\.txt:3: unclosed/],
    ['missing colon', '=== a phi\nHi {{PERSON_NAME}}', /^bad\.txt:2: malformed markup/],
    ['bad category name', '=== a phi\n{{person name:Ana}}', /^bad\.txt:2: malformed markup/],
    ['unknown category', '=== a phi\n\nx {{NAME:Ana}}', /^bad\.txt:3: unknown category "NAME"/],
    ['stray close', '=== a phi\n{{DATE:1/2/99}}\nthen }} oops', /^bad\.txt:3: "}}" without/],
    ['nested open', '=== a phi\n{{DATE:1/2 {{DATE:99}}', /^bad\.txt:2: nested or unclosed/],
    ['empty value', '=== a phi\n{{DATE:}}', /^bad\.txt:2: empty value/],
    ['padded value', '=== a phi\n{{DATE: 1/2/99}}', /^bad\.txt:2: .*whitespace/],
    ['duplicate id', '=== a phi\n{{DATE:1/2/99}}\n=== a negative\nhi', /^bad\.txt:3: duplicate id/],
    ['negative with markup', '=== a negative\nhello\n{{DATE:1/2/99}}', /^bad\.txt:1: .*negative/],
    ['phi without spans', '=== a phi\nhello', /^bad\.txt:1: .*no labeled spans/],
    ['no kind tag', '=== a billing\nhello', /^bad\.txt:1: .*exactly one of/],
    ['both kind tags', '=== a phi negative\nhello', /^bad\.txt:1: .*exactly one of/],
    ['header without id', '===\nhello', /^bad\.txt:1: /],
    ['header without space', '===a phi\nhello', /^bad\.txt:1: malformed header/],
    ['text before first header', '# c\nstray\n=== a negative\nhi', /^bad\.txt:2: text before/],
    ['empty message', '=== a negative\n\n=== b negative\nhi', /^bad\.txt:1: .*empty/],
  ];
  for (const [name, source, expected] of bad) {
    it(`rejects ${name} with file:line`, () => {
      assert.match(parseError(source), expected);
    });
  }
});

for (const set of SETS) {
  describe(`${set} corpus`, () => {
    const messages = corpora[set];
    const phi = messages.filter((m) => m.tags.includes('phi'));
    const negative = messages.filter((m) => m.tags.includes('negative'));

    it('meets the message-count minimums', () => {
      assert.ok(phi.length >= MIN_PHI_MESSAGES, `${phi.length} phi messages`);
      assert.ok(negative.length >= MIN_NEGATIVE_MESSAGES, `${negative.length} negative messages`);
      assert.equal(phi.length + negative.length, messages.length);
    });

    it(`has unique ids prefixed "${set}-"`, () => {
      assert.equal(new Set(messages.map((m) => m.id)).size, messages.length);
      for (const m of messages) assert.ok(m.id.startsWith(`${set}-`), m.id);
    });

    it('has no spans in negative messages and at least one in each phi message', () => {
      for (const m of negative) assert.equal(m.spans.length, 0, m.id);
      for (const m of phi) assert.ok(m.spans.length > 0, m.id);
    });

    it('has spans that match the text, are trimmed, ordered and do not overlap', () => {
      for (const m of messages) {
        let end = 0;
        for (const s of m.spans) {
          assert.equal(m.text.slice(s.start, s.end), s.value, m.id);
          assert.equal(s.value.trim(), s.value, `${m.id}: ${s.category} "${s.value}"`);
          assert.ok(s.start >= end, `${m.id}: overlapping spans`);
          end = s.end;
        }
      }
    });

    it('ends labeled values without trailing sentence punctuation', () => {
      for (const m of messages) {
        for (const s of m.spans) {
          assert.doesNotMatch(s.value, /[,;:!?]$/, `${m.id}: ${s.category} "${s.value}"`);
          if (s.category !== 'PERSON_NAME' && s.category !== 'STREET_ADDRESS') {
            assert.doesNotMatch(s.value, /[^\d]\.$/, `${m.id}: ${s.category} "${s.value}"`);
          }
        }
      }
    });

    it(`has at least ${MIN_SPANS_PER_CATEGORY} spans of every category`, () => {
      for (const category of PHI_CATEGORIES) {
        const count = spansOf(messages, category).length;
        assert.ok(count >= MIN_SPANS_PER_CATEGORY, `${category}: ${count} spans`);
      }
    });

    it('uses check-digit-valid synthetic identifiers', () => {
      for (const { m, s } of spansOf(messages, 'SSN')) {
        // Full SSNs only; a "last four" fragment is labeled too but has nothing to validate.
        if (digits(s.value).length === 9) assert.ok(ssnValid(s.value), `${m.id} ${s.value}`);
      }
      for (const { m, s } of spansOf(messages, 'CREDIT_CARD')) {
        assert.ok(luhnValid(digits(s.value)), `${m.id} ${s.value}`);
      }
      for (const { m, s } of spansOf(messages, 'LICENSE_NUMBER')) {
        // Ten bare digits are NPIs, two letters and seven digits are DEA numbers (README).
        if (/^\d{10}$/.test(s.value))
          assert.ok(luhnValid(`80840${s.value}`), `${m.id} NPI ${s.value}`);
        if (/^[A-Z]{2}\d{7}$/.test(s.value)) assert.ok(deaValid(s.value), `${m.id} DEA ${s.value}`);
      }
      for (const { m, s } of spansOf(messages, 'VEHICLE_ID')) {
        if (s.value.length === 17) assert.ok(vinValid(s.value), `${m.id} VIN ${s.value}`);
      }
      for (const { m, s } of spansOf(messages, 'ACCOUNT_NUMBER')) {
        const before = m.text.slice(0, s.start);
        if (/(?:routing|ABA)(?: number| no\.?| #)?[\s:#]*$/i.test(before)) {
          assert.ok(abaValid(s.value), `${m.id} ABA ${s.value}`);
        }
      }
      for (const { m, s } of spansOf(messages, 'HEALTH_PLAN_ID')) {
        const before = m.text.slice(0, s.start);
        if (/(?:\bMBI|Medicare (?:number|ID|#))(?: is)?[\s:#]*$/i.test(before)) {
          assert.match(
            s.value.replace(/[- ]/g, '').toUpperCase(),
            MBI_PATTERN,
            `${m.id} MBI ${s.value}`,
          );
        }
      }
    });
  });
}

describe('dev and holdout', () => {
  it('are written independently: no shared message text or identifier values', () => {
    const devTexts = new Set(corpora.dev.map((m) => m.text));
    for (const m of corpora.holdout)
      assert.ok(!devTexts.has(m.text), `${m.id} repeats a dev message`);

    const IDENTIFIERS = new Set([
      'SSN',
      'CREDIT_CARD',
      'PHONE',
      'EMAIL',
      'MRN',
      'HEALTH_PLAN_ID',
      'ACCOUNT_NUMBER',
      'LICENSE_NUMBER',
      'VEHICLE_ID',
      'DEVICE_ID',
      'URL',
      'IP_ADDRESS',
    ]);
    const devValues = new Set(
      corpora.dev.flatMap((m) =>
        m.spans.filter((s) => IDENTIFIERS.has(s.category)).map((s) => s.value),
      ),
    );
    for (const m of corpora.holdout) {
      for (const s of m.spans) {
        if (IDENTIFIERS.has(s.category)) {
          assert.ok(!devValues.has(s.value), `${m.id}: ${s.category} "${s.value}" also in dev`);
        }
      }
    }
  });
});
