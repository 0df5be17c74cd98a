/**
 * The Apex gate catches the faults it exists for, each with file and line: seeded into a fixture
 * project outside force-app (test/tooling/apex/fixtures/seeded-faults), next to a clean one.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { checkApex } from '../../../scripts/check-apex.ts';
import type { Diagnostic } from '../../../scripts/lib/diagnostics.ts';
import { repoRoot } from '../../../scripts/lib/project.ts';

const fixtures = join(import.meta.dirname, 'fixtures');

function findingsIn(findings: Diagnostic[], file: string, rule: string): Diagnostic[] {
  return findings.filter((finding) => basename(finding.file) === file && finding.rule === rule);
}

describe('check:apex on seeded faults', () => {
  let findings: Diagnostic[] = [];
  before(async () => {
    findings = await checkApex(join(fixtures, 'seeded-faults'), { pmd: false });
  });

  it('reports an Apex type error (apex-ls) at its line', () => {
    const [finding] = findingsIn(findings, 'TypeError.cls', 'apex-ls:Error');
    assert.equal(finding?.line, 3);
    assert.match(
      finding?.message ?? '',
      /Incompatible types in assignment, from 'System.String' to 'System.Integer'/,
    );
  });

  it('reports a call of a method that does not exist', () => {
    const [finding] = findingsIn(findings, 'MissingMethod.cls', 'apex-ls:Missing');
    assert.equal(finding?.line, 3);
    assert.match(finding?.message ?? '', /No matching method found for 'thrice' on 'Helper'/);
  });

  it('reports SOQL fields that do not exist, directly and through relationships', () => {
    const soql = findingsIn(findings, 'SoqlField.cls', 'soql-field');
    assert.deepEqual(
      soql.map((finding) => [finding.line, finding.column, finding.message]),
      [
        [4, 44, 'SOQL field does not exist: no field Not_A_Field__c on Thing__c'],
        [
          4,
          60,
          'SOQL field does not exist: no field Shoe_Size__c on Contact (in Case__r.Contact.Shoe_Size__c)',
        ],
      ],
    );
  });

  it('reports a syntax error once, from the parser', () => {
    const syntax = findings.filter((finding) => basename(finding.file) === 'SyntaxError.cls');
    assert.deepEqual(
      syntax.map((finding) => [finding.rule, finding.line]),
      [['apex-syntax', 3]],
    );
  });

  it('reports a class without its -meta.xml and a meta file without its class', () => {
    assert.equal(findingsIn(findings, 'NoMeta.cls', 'apex-meta-xml').length, 1);
    assert.match(
      findingsIn(findings, 'Orphan.cls-meta.xml', 'apex-meta-xml')[0]?.message ?? '',
      /orphaned meta file/,
    );
  });

  it('does not flag valid code in the same project', () => {
    assert.deepEqual(
      findings.filter((finding) => basename(finding.file) === 'Helper.cls'),
      [],
    );
  });
});

describe('check:apex on a clean project', () => {
  it('finds nothing, with PMD on, in SOQL with custom lookups, child relationships and semi-joins', async () => {
    assert.deepEqual(await checkApex(join(fixtures, 'clean')), []);
  });
});

describe('check:apex PMD rules', () => {
  it('reports PMD findings with their rule names', async () => {
    const findings = await checkApex(join(fixtures, 'seeded-faults'), { apexLs: false });
    const missingDoc = findingsIn(findings, 'Helper.cls', 'pmd:ApexDoc');
    assert.deepEqual(
      missingDoc.map((finding) => finding.line),
      [1, 2],
    );
  });
});

describe('check:apex without Java', () => {
  it('stops at once and says how to install it', () => {
    const emptyPath = mkdtempSync(join(tmpdir(), 'securesend-nojava-'));
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: emptyPath };
    delete env.JAVA_HOME;
    const run = spawnSync(
      process.execPath,
      [
        join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        '--tsconfig',
        'scripts/tsconfig.json',
        'scripts/check-apex.ts',
      ],
      { cwd: repoRoot, env, encoding: 'utf8', timeout: 60_000 },
    );
    rmSync(emptyPath, { recursive: true, force: true });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /`java` was not found: the Apex checks need Java 17/);
    assert.match(run.stderr, /apt-get install -y openjdk-17-jre-headless/);
  });
});
