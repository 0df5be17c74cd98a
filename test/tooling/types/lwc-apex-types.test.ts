/**
 * LWC->Apex calls are type-checked against declarations generated from the Apex: a call of a
 * method that does not exist, a wrong argument name or type, a property the Apex class does not
 * expose and a missing label each fail tsc with file and line; correct calls pass.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { generateLwcTypes } from '../../../scripts/generate-lwc-types.ts';
import { repoRoot } from '../../../scripts/lib/project.ts';

const fixture = join(import.meta.dirname, 'fixtures', 'lwc-calls');
const outDir = join(import.meta.dirname, '.generated');

interface TscError {
  file: string;
  line: number;
  code: string;
  message: string;
}

function typeCheck(): TscError[] {
  writeFileSync(
    join(outDir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        skipLibCheck: true,
        types: [],
      },
      include: [
        join(fixture, 'lwc', '*.ts'),
        join(outDir, '*.d.ts'),
        join(repoRoot, 'types', 'platform', '*.d.ts'),
      ],
    }),
  );
  const run = spawnSync(
    join(repoRoot, 'node_modules', '.bin', 'tsc'),
    ['-p', join(outDir, 'tsconfig.json'), '--pretty', 'false'],
    {
      encoding: 'utf8',
    },
  );
  return [...run.stdout.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/gm)].map(
    ([, file = '', line = '0', code = '', message = '']) => ({
      file: basename(file),
      line: Number(line),
      code,
      message,
    }),
  );
}

describe('generated LWC->Apex declarations', () => {
  let errors: TscError[] = [];
  let generatorDiagnostics: unknown[] = [];

  before(() => {
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    generatorDiagnostics = generateLwcTypes(fixture, outDir).diagnostics;
    errors = typeCheck();
  });

  it('generates without diagnostics for valid Apex', () => {
    assert.deepEqual(generatorDiagnostics, []);
  });

  it('accepts correct calls, DTO properties, enums, SObject fields read in SOQL and labels', () => {
    assert.deepEqual(
      errors.filter((error) => error.file === 'good.ts'),
      [],
    );
  });

  it('rejects a call of an @AuraEnabled method that does not exist', () => {
    const [error] = errors.filter((candidate) => candidate.file === 'wrongMethod.ts');
    assert.equal(error?.line, 1);
    assert.equal(error?.code, 'TS2307');
    assert.match(error?.message ?? '', /@salesforce\/apex\/Greeter\.farewell/);
  });

  it('rejects a wrong argument name', () => {
    const [error] = errors.filter((candidate) => candidate.file === 'wrongArgumentName.ts');
    assert.equal(error?.line, 3);
    assert.match(error?.message ?? '', /'nam' does not exist/);
  });

  it('rejects a wrong argument type', () => {
    const [error] = errors.filter((candidate) => candidate.file === 'wrongArgumentType.ts');
    assert.equal(error?.line, 3);
    assert.match(error?.message ?? '', /Type 'string' is not assignable to type 'number'/);
  });

  it('rejects a property the Apex class does not expose with @AuraEnabled', () => {
    const [error] = errors.filter((candidate) => candidate.file === 'wrongProperty.ts');
    assert.equal(error?.line, 3);
    assert.match(error?.message ?? '', /'notForTheClient' does not exist/);
  });

  it('rejects a label that is not in the project', () => {
    const [error] = errors.filter((candidate) => candidate.file === 'wrongLabel.ts');
    assert.equal(error?.line, 1);
    assert.match(error?.message ?? '', /@salesforce\/label\/c\.No_Such_Label/);
  });
});

describe('@AuraEnabled methods an LWC cannot call', () => {
  it('are reported with file and line instead of declared', () => {
    const badOut = join(outDir, 'bad-aura');
    mkdirSync(badOut, { recursive: true });
    const { diagnostics } = generateLwcTypes(
      join(import.meta.dirname, 'fixtures', 'bad-aura'),
      badOut,
    );
    assert.deepEqual(
      diagnostics.map((diagnostic) => [
        basename(diagnostic.file),
        diagnostic.line,
        diagnostic.message,
      ]),
      [
        [
          'BadAura.cls',
          3,
          '@AuraEnabled method BadAura.notStatic must be static to be called from an LWC',
        ],
        ['BadAura.cls', 8, 'unknown Apex return type Widget of BadAura.unknownReturn'],
        [
          'BadAura.cls',
          18,
          '@AuraEnabled method BadAura.overloaded is overloaded; an LWC can only call one method per name',
        ],
      ],
    );
  });
});
