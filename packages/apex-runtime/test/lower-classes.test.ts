/**
 * Lowers every class of the package: no syntax errors, no `unsupported` node anywhere, and the
 * time it takes (GatewayApi.cls and GatewayApiTest.cls are the large ones).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { lowerFile } from '../src/lower/index.ts';
import { findUnsupported } from './lower-fixtures.ts';

const CLASSES_DIR = fileURLToPath(
  new URL('../../../force-app/main/default/classes', import.meta.url),
);

test('every class of the package lowers without syntax errors or unsupported nodes', () => {
  const files = readdirSync(CLASSES_DIR)
    .filter((name) => name.endsWith('.cls'))
    .sort();
  assert.ok(files.length >= 50, `expected the package's classes, found ${files.length}`);
  const timings: { file: string; ms: number }[] = [];
  const started = performance.now();
  for (const file of files) {
    const source = readFileSync(join(CLASSES_DIR, file), 'utf8');
    const fileStarted = performance.now();
    const result = lowerFile(file, source);
    timings.push({ file, ms: performance.now() - fileStarted });
    assert.deepEqual(result.syntaxErrors, [], `${file} has syntax errors`);
    assert.ok(result.unit, `${file} was not lowered`);
    assert.equal(result.unit.type.name + '.cls', file);
    assert.deepEqual(findUnsupported(result.unit), [], `${file} has unsupported constructs`);
  }
  const total = performance.now() - started;
  const slowest = [...timings].sort((a, b) => b.ms - a.ms).slice(0, 3);
  console.log(
    `lowered ${files.length} classes in ${total.toFixed(0)} ms; slowest: ` +
      slowest.map(({ file, ms }) => `${file} ${ms.toFixed(0)} ms`).join(', '),
  );
});
