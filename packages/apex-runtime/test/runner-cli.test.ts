import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseTestArgs, UsageError } from '../src/runner/cli-args.ts';
import { loadProjectWithoutOrg } from '../src/runner/project-loader.ts';
import { runTestCommand } from '../src/runner/test-command.ts';

describe('test command arguments', () => {
  it('defaults to the current project, coverage/apex and the 75% threshold', () => {
    assert.deepEqual(parseTestArgs([], '/repo'), {
      projectDir: '/repo',
      classNames: [],
      tests: [],
      jsonFile: null,
      coverageDir: '/repo/coverage/apex',
      threshold: 75,
      withOrg: true,
    });
  });

  it('takes repeated or comma-separated names, and does not enforce coverage on a filtered run', () => {
    const args = parseTestArgs(
      ['--class-names', 'A,B', '--class-names', 'C', '--tests', 'D.m'],
      '/repo',
    );
    assert.deepEqual(
      [args.classNames, args.tests, args.threshold],
      [['A', 'B', 'C'], ['D.m'], null],
    );
  });

  it('resolves paths against the working directory and reads --threshold and --no-org', () => {
    const args = parseTestArgs(
      ['--project', 'sub', '--no-org', '--json', 'out.json', '--threshold', '80'],
      '/repo',
    );
    assert.deepEqual(
      [args.projectDir, args.jsonFile, args.coverageDir, args.threshold, args.withOrg],
      ['/repo/sub', '/repo/out.json', '/repo/sub/coverage/apex', 80, false],
    );
  });

  it('rejects unknown options, missing values and bad thresholds', () => {
    assert.throws(() => parseTestArgs(['--nope', 'x'], '/'), UsageError);
    assert.throws(() => parseTestArgs(['--json'], '/'), UsageError);
    assert.throws(() => parseTestArgs(['--threshold', '101'], '/'), UsageError);
  });
});

describe('running a project', () => {
  const project = mkdtempSync(join(tmpdir(), 'apex-runner-'));
  after(() => rmSync(project, { recursive: true, force: true }));
  const classes = join(project, 'force-app', 'main', 'default', 'classes');
  mkdirSync(classes, { recursive: true });
  writeFileSync(
    join(project, 'sfdx-project.json'),
    JSON.stringify({ packageDirectories: [{ path: 'force-app' }] }),
  );
  writeFileSync(
    join(classes, 'Greeter.cls'),
    `public class Greeter {
  public static String greet(String name) {
    return 'Hello ' + name;
  }
  public static Integer unused() {
    return 0;
  }
}`,
  );
  writeFileSync(
    join(classes, 'GreeterTest.cls'),
    `@IsTest
private class GreeterTest {
  public class Wrong extends Exception {}
  @IsTest static void greets() {
    if (Greeter.greet('Ada') != 'Hello Ada') throw new Wrong('bad greeting');
  }
}`,
  );
  const output: string[] = [];
  const print = (text: string): void => void output.push(text);

  it('loads the .cls files of the package directories with project-relative paths', () => {
    assert.deepEqual(
      loadProjectWithoutOrg(project).program.units.map((unit) => unit.file),
      [
        'force-app/main/default/classes/Greeter.cls',
        'force-app/main/default/classes/GreeterTest.cls',
      ],
    );
  });

  it('passes when the tests pass and writes lcov and the JSON result', () => {
    const jsonFile = join(project, 'out', 'result.json');
    const args = {
      ...parseTestArgs(['--project', project, '--json', jsonFile, '--threshold', '50'], '/'),
    };
    const { exitCode, result } = runTestCommand(args, loadProjectWithoutOrg, print);
    assert.equal(exitCode, 0, output.join('\n'));
    assert.deepEqual(
      result.tests.map((t) => [t.fullName, t.outcome]),
      [['GreeterTest.greets', 'Pass']],
    );
    const lcov = readFileSync(join(project, 'coverage', 'apex', 'lcov.info'), 'utf8');
    assert.equal(
      lcov,
      'TN:\nSF:force-app/main/default/classes/Greeter.cls\nDA:3,1\nDA:6,0\nLF:2\nLH:1\nend_of_record\n',
    );
    const json = JSON.parse(readFileSync(jsonFile, 'utf8')) as {
      summary: { outcome: string; orgWideCoverage: string };
    };
    assert.deepEqual([json.summary.outcome, json.summary.orgWideCoverage], ['Passed', '50%']);
  });

  it('fails when coverage is below the threshold', () => {
    const { exitCode } = runTestCommand(
      parseTestArgs(['--project', project], '/'),
      loadProjectWithoutOrg,
      print,
    );
    assert.equal(exitCode, 1);
    assert.match(output.join('\n'), /org-wide coverage 50\.00% is below the 75% threshold/);
  });

  it('exits 2 on bad usage and 1 on a failing run, from the command line', () => {
    const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
    const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
    const usage = spawnSync(tsx, [cli, 'test', '--bogus', 'x'], { encoding: 'utf8' });
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /unknown option --bogus/);
    const run = spawnSync(tsx, [cli, 'test', '--project', project, '--no-org'], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /=== Test Summary/);
  });
});
