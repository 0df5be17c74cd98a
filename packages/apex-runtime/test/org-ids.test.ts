import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caseSafeSuffix, IdGenerator, isValidId, sameId, to15, to18 } from '../src/org/index.ts';

describe('org Ids', () => {
  it('computes the case-safe suffix: bit i of each 5-character chunk marks an upper-case letter', () => {
    // No upper-case letters: every chunk encodes 0 -> 'A'.
    assert.equal(caseSafeSuffix('001100000000001'), 'AAA');
    // '0D5B0': D (bit 1) and B (bit 3) -> 2 + 8 = 10 -> 'K'; '00001': 0 -> 'A';
    // 'DVM9t': D, V, M (bits 0-2) -> 7 -> 'H'.
    assert.equal(caseSafeSuffix('0D5B000001DVM9t'), 'KAH');
    // All five upper case: 31 -> '5'.
    assert.equal(caseSafeSuffix('ABCDEabcdeABCDE'), '5A5');
  });

  it('converts between 15 and 18 characters and compares either form', () => {
    const id18 = to18('0D5B000001DVM9t');
    assert.equal(id18, '0D5B000001DVM9tKAH');
    assert.equal(to15(id18), '0D5B000001DVM9t');
    assert.equal(to18('0D5B000001DVM9tkah'), id18, 'a lower-cased suffix is re-derived');
    assert.ok(sameId('0D5B000001DVM9t', id18));
    assert.ok(!sameId('0D5B000001DVM9T', id18), 'the 15-character part is case-sensitive');
  });

  it('validates shape and checksum', () => {
    assert.ok(isValidId('500000000000001'));
    assert.ok(isValidId('0D5B000001DVM9tKAH'));
    assert.ok(isValidId('0D5B000001DVM9tkah'), 'the suffix is case-insensitive');
    assert.ok(!isValidId('0D5B000001DVM9tAAA'), 'a wrong suffix');
    assert.ok(!isValidId('abc'));
    assert.ok(!isValidId('500000000000001!'));
  });

  it('issues unique 18-character Ids with the key prefix that never repeat', () => {
    const ids = new IdGenerator();
    const seen = new Set<string>();
    for (let i = 0; i < 5000; i++) {
      const id = ids.next('500');
      assert.equal(id.length, 18);
      assert.ok(id.startsWith('500'));
      assert.ok(isValidId(id));
      assert.ok(!seen.has(id));
      seen.add(id);
    }
    assert.notEqual(ids.next('500').slice(3, 15), '000000000001', 'never a hand-made fake Id');
  });
});
