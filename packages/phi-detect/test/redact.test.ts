import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createPseudonymRegistry, redact } from '../src/redact.ts';
import { scan } from '../src/scan.ts';

const text = 'SSN 219-45-6789, email jane.doe@example.org, again jane.doe@example.org.';
const findings = scan(text);

describe('redact', () => {
  it('replaces with category tokens by default and re-points every finding', () => {
    const result = redact(text, findings);
    assert.equal(result.text, 'SSN [SSN], email [EMAIL], again [EMAIL].');
    for (const finding of result.findings) {
      assert.equal(result.text.slice(finding.start, finding.end), `[${finding.category}]`);
    }
  });
  it('masks keeping the length, or keeps the last four', () => {
    const ssnOnly = findings.filter((f) => f.category === 'SSN');
    assert.equal(redact(text, ssnOnly, { style: 'mask' }).text.slice(4, 15), '•••••••••••');
    assert.equal(
      redact(text, ssnOnly, { style: 'last4', maskCharacter: '*' }).text.slice(4, 15),
      '***-**-6789',
    );
  });
  it('gives the same value the same pseudonym, across calls with one registry', () => {
    const pseudonyms = createPseudonymRegistry();
    const first = redact(text, findings, { style: 'pseudonym', pseudonyms });
    assert.equal(first.text, 'SSN [SSN_1], email [EMAIL_1], again [EMAIL_1].');
    const second = redact('x jane.doe@example.org', scan('x jane.doe@example.org'), {
      style: 'pseudonym',
      pseudonyms,
    });
    assert.equal(second.text, 'x [EMAIL_1]');
  });
  it('redacts only selected findings and keeps the others pointing at their values', () => {
    const result = redact(text, findings, { select: (f) => f.category === 'SSN' });
    const emails = result.findings.filter((f) => f.category === 'EMAIL');
    assert.equal(emails.length, 2);
    for (const email of emails) {
      assert.equal(email.redacted, false);
      assert.equal(result.text.slice(email.start, email.end), 'jane.doe@example.org');
    }
  });
  it('uses per-category styles', () => {
    const result = redact(text, findings, { style: 'token', styles: { SSN: 'last4' } });
    assert.match(result.text, /^SSN •••-••-6789, email \[EMAIL\]/);
  });
  it('rejects findings that overlap or fall outside the text', () => {
    const finding = { category: 'SSN' as const, rule: 'x', confidence: 0.9, explanation: 'x' };
    assert.throws(() => redact('abc', [{ ...finding, start: 0, end: 9 }]), /outside the text/);
    assert.throws(
      () =>
        redact('abcdef', [
          { ...finding, start: 0, end: 3 },
          { ...finding, start: 2, end: 4 },
        ]),
      /overlaps or precedes/,
    );
    assert.throws(() => redact('abc', [], { maskCharacter: '**' }), /exactly one character/);
  });
});
