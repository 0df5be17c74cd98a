import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alignRedacted, segmentOutput } from '../src/align.ts';
import {
  acceptsRedactPiiValue,
  createRedactPii,
  REDACT_PII_LABELS,
} from '../src/peers/redact-pii.ts';

const tokens = Object.keys(REDACT_PII_LABELS);
const align = (input: string, output: string, strict = true) =>
  alignRedacted(input, output, { tokens, ...(strict ? { accepts: acceptsRedactPiiValue } : {}) });

/** The substrings the spans cover, with their tokens. */
const values = (input: string, output: string, strict = true) =>
  align(input, output, strict)?.map(({ start, end, token }) => [token, input.slice(start, end)]);

describe('segmentOutput', () => {
  it('splits literal text and tokens, longest token first', () => {
    assert.deepEqual(segmentOutput('Hi PERSON_NAME, call PHONE_NUMBER', tokens), [
      { literal: 'Hi ' },
      { token: 'PERSON_NAME' },
      { literal: ', call ' },
      { token: 'PHONE_NUMBER' },
    ]);
  });
});

describe('alignRedacted (redact-pii style outputs)', () => {
  it('returns no spans when nothing was redacted', () => {
    assert.deepEqual(align('nothing here', 'nothing here'), []);
  });

  it('recovers several values, at the start, middle and end', () => {
    const input = 'John Smith called 555-123-4567 about 123-45-6789';
    const output = 'PERSON_NAME called PHONE_NUMBER about US_SOCIAL_SECURITY_NUMBER';
    assert.deepEqual(values(input, output), [
      ['PERSON_NAME', 'John Smith'],
      ['PHONE_NUMBER', '555-123-4567'],
      ['US_SOCIAL_SECURITY_NUMBER', '123-45-6789'],
    ]);
  });

  it('gives UTF-16 offsets into the input', () => {
    const input = 'Héllo 😀 mail bob@example.com now';
    const spans = align(input, 'Héllo 😀 mail EMAIL_ADDRESS now');
    assert.deepEqual(spans, [{ start: 14, end: 29, token: 'EMAIL_ADDRESS' }]);
  });

  it('handles a token glued to punctuation or letters', () => {
    assert.deepEqual(values('Dear Ann Lee, hi', 'Dear PERSON_NAME, hi'), [
      ['PERSON_NAME', 'Ann Lee'],
    ]);
    assert.deepEqual(values('tel:5551234567.', 'tel:PHONE_NUMBER.'), [
      ['PHONE_NUMBER', '5551234567'],
    ]);
  });

  it('treats a token word that is in the input as literal text', () => {
    const input = 'paste the URL here: https://x.io/a';
    assert.deepEqual(values(input, 'paste the URL here: URL'), [['URL', 'https://x.io/a']]);
  });

  it('splits adjacent tokens with the peer patterns, not at the first space', () => {
    const input = 'at 42 Main Street 02139 today';
    assert.deepEqual(values(input, 'at STREET_ADDRESS ZIPCODE today'), [
      ['STREET_ADDRESS', '42 Main Street'],
      ['ZIPCODE', '02139'],
    ]);
  });

  it('splits a chat-transcript "User:" prefix the way the peer replaced it', () => {
    // redact-pii's username pattern takes "User: " and the next word; its name pass the rest.
    const input = 'Bot: name? User: Marcus Paulsen';
    assert.deepEqual(values(input, 'Bot: name? USERNAME PERSON_NAME'), [
      ['USERNAME', 'User: Marcus'],
      ['PERSON_NAME', 'Paulsen'],
    ]);
  });

  it('picks the value end where the literal text resumes, even when it repeats', () => {
    // "12" follows the phone number and also occurs inside it.
    const input = 'call 512-555-1212 12 times';
    assert.deepEqual(values(input, 'call PHONE_NUMBER 12 times'), [
      ['PHONE_NUMBER', '512-555-1212'],
    ]);
  });

  it('falls back to a plain alignment when a value fails its pattern', () => {
    // E.g. a later pass rewrote text that an earlier pass had produced.
    assert.deepEqual(values('call me maybe', 'call PHONE_NUMBER'), [['PHONE_NUMBER', 'me maybe']]);
  });

  it('returns null when the output is not the input with replacements', () => {
    assert.equal(align('hello world', 'hello PERSON_NAME!'), null);
    assert.equal(align('abc', 'abd'), null);
  });
});

describe('redact-pii adapter', () => {
  it('derives labeled spans from the real redactor', () => {
    const peer = createRedactPii();
    const input = 'Hi David Johnson, call 555-555-5555 or mail jane@acme.org.';
    const spans = peer.detect(input);
    assert.ok(!(spans instanceof Promise));
    assert.deepEqual(
      spans.map(({ start, end, label, category }) => [label, category, input.slice(start, end)]),
      [
        ['PERSON_NAME', 'PERSON_NAME', 'David Johnson'],
        ['PHONE_NUMBER', 'PHONE', '555-555-5555'],
        ['EMAIL_ADDRESS', 'EMAIL', 'jane@acme.org'],
      ],
    );
  });
});
