/**
 * Command-line arguments of the `test` and `conformance` subcommands. Like `sf apex run test`,
 * --class-names and --tests may be repeated or comma-separated.
 */
import { isAbsolute, join } from 'node:path';
import { DEFAULT_COVERAGE_THRESHOLD } from './verdict.ts';

export class UsageError extends Error {}

export interface TestCommandArgs {
  projectDir: string;
  classNames: string[];
  tests: string[];
  jsonFile: string | null;
  coverageDir: string;
  /** null: coverage is reported but not enforced (filtered runs without --threshold). */
  threshold: number | null;
  /** --no-org: run without the in-memory org (SOQL and DML unsupported). */
  withOrg: boolean;
}

export interface ConformanceCommandArgs {
  dir: string;
  /** The sfdx project whose in-memory org runs `requires: org` programs; absent: they are skipped. */
  project?: string;
}

/** `--flag value` pairs (a flag may repeat) and `--switch`es, which take no value ('' in the map). */
function readFlags(
  argv: string[],
  known: string[],
  switches: string[] = [],
): Map<string, string[]> {
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? '';
    if (switches.includes(flag)) {
      flags.set(flag, ['']);
      continue;
    }
    const value = argv[i + 1];
    if (!known.includes(flag)) throw new UsageError(`unknown option ${flag}`);
    if (value === undefined || value.startsWith('--'))
      throw new UsageError(`${flag} needs a value`);
    flags.set(flag, [...(flags.get(flag) ?? []), value]);
    i++;
  }
  return flags;
}

const list = (values: string[] | undefined): string[] =>
  (values ?? [])
    .flatMap((value) => value.split(','))
    .map((name) => name.trim())
    .filter((name) => name !== '');

const single = (flags: Map<string, string[]>, flag: string): string | undefined => {
  const values = flags.get(flag);
  if (values && values.length > 1) throw new UsageError(`${flag} may be given once`);
  return values?.[0];
};

export function parseTestArgs(argv: string[], cwd: string): TestCommandArgs {
  const flags = readFlags(
    argv,
    ['--project', '--class-names', '--tests', '--json', '--coverage-dir', '--threshold'],
    ['--no-org'],
  );
  const resolve = (path: string): string => (isAbsolute(path) ? path : join(cwd, path));
  const projectDir = resolve(single(flags, '--project') ?? '.');
  const classNames = list(flags.get('--class-names'));
  const tests = list(flags.get('--tests'));
  const thresholdText = single(flags, '--threshold');
  let threshold: number | null =
    classNames.length + tests.length > 0 ? null : DEFAULT_COVERAGE_THRESHOLD;
  if (thresholdText !== undefined) {
    threshold = Number(thresholdText);
    if (!Number.isFinite(threshold) || threshold < 0 || threshold > 100) {
      throw new UsageError(
        `--threshold must be a percentage between 0 and 100, not ${thresholdText}`,
      );
    }
  }
  const json = single(flags, '--json');
  return {
    projectDir,
    classNames,
    tests,
    jsonFile: json === undefined ? null : resolve(json),
    coverageDir: resolve(single(flags, '--coverage-dir') ?? join(projectDir, 'coverage', 'apex')),
    threshold,
    withOrg: !flags.has('--no-org'),
  };
}

export function parseConformanceArgs(argv: string[], defaultDir: string): ConformanceCommandArgs {
  const flags = readFlags(argv, ['--dir', '--project']);
  return { dir: single(flags, '--dir') ?? defaultDir, project: single(flags, '--project') };
}
