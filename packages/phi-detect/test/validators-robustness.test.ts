// Properties every validator shares: hostile input returns false instead of throwing, and the
// sources stay within what Lightning Web Security allows (ECMAScript standard library only) and
// use no regular expressions.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

import * as validators from '../src/validators/index.ts';

const STRING_VALIDATORS: readonly [string, (candidate: string) => boolean][] = [
  ['isValidSsn', validators.isValidSsn],
  ['luhnValid', validators.luhnValid],
  ['isValidCardNumber', validators.isValidCardNumber],
  ['isValidNpi', validators.isValidNpi],
  ['isValidDea', validators.isValidDea],
  ['isValidAbaRouting', validators.isValidAbaRouting],
  ['isValidMbi', validators.isValidMbi],
  ['isValidNanpNumber', validators.isValidNanpNumber],
  ['isPlausibleInternationalNumber', validators.isPlausibleInternationalNumber],
  ['isValidIpv4', validators.isValidIpv4],
  ['isValidIpv6', validators.isValidIpv6],
  ['isIcd10CmCode', (s) => validators.isIcd10CmCode(s, { allowDotless: true })],
  ['isNdcCode', (s) => validators.isNdcCode(s, { allowUndashed: true })],
  ['isValidIban', validators.isValidIban],
  ['isValidVin', validators.isValidVin],
];

const HOSTILE_INPUTS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  '\uD800', // lone surrogate
  '\uD83D\uDE00'.repeat(20),
  '\uFF12\uFF13\uFF14-\uFF15\uFF16-\uFF17\uFF18\uFF19\uFF10', // full-width digits
  '\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u0660', // Arabic-Indic digits
  '-'.repeat(13),
  ':'.repeat(45),
  '.'.repeat(15),
  `${'9'.repeat(100_000)}-`,
  '1:'.repeat(50_000),
  'A'.repeat(1_000_000),
];

describe('all validators', () => {
  for (const [name, validate] of STRING_VALIDATORS) {
    it(`${name} returns false for hostile input without throwing`, () => {
      for (const input of HOSTILE_INPUTS) {
        assert.equal(validate(input), false, `${name}(${JSON.stringify(input.slice(0, 20))})`);
      }
    });
  }

  it('monthFromName returns undefined for hostile input', () => {
    for (const input of HOSTILE_INPUTS) {
      assert.equal(validators.monthFromName(input), undefined);
    }
  });

  it('digitsOnly keeps only ASCII digits of hostile input', () => {
    assert.equal(validators.digitsOnly('\uD800\u00001\uFF122'), '12');
  });
});

describe('validator sources', () => {
  const dir = new URL('../src/validators/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

  it('exist, one module per validator family plus the index', () => {
    assert.ok(files.includes('index.ts'));
    assert.ok(files.length >= 14, files.join(', '));
  });

  for (const file of files) {
    it(`${file} imports only sibling modules and uses no dynamic code or host APIs`, () => {
      const source = readFileSync(new URL(file, dir), 'utf8');
      const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const match of code.matchAll(/\bfrom\s+'([^']+)'/g)) {
        assert.match(match[1] ?? '', /^\.\/[a-z0-9-]+\.ts$/, `${file} imports ${match[1]}`);
      }
      // Dynamic code and host (Node, DOM) globals are unavailable under Lightning Web Security.
      assert.doesNotMatch(code, /\b(?:eval|Function|require|globalThis|setTimeout)\b/, file);
      assert.doesNotMatch(code, /\b(?:process|Buffer|window|document|navigator)\b/, file);
      assert.doesNotMatch(code, /\bimport\s*\(/, file);
      // No regular expressions: validators run on every keystroke, plain loops cannot backtrack.
      assert.doesNotMatch(code, /\bRegExp\b|\.(?:test|exec|match|matchAll|search)\(/, file);
    });
  }
});
