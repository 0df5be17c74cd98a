/**
 * The offline Apex runtime's command line.
 *
 *   tsx packages/apex-runtime/src/cli.ts test --project <dir> [--class-names A,B] [--tests A.m]
 *       [--json out.json] [--coverage-dir dir] [--threshold 75] [--no-org]
 *   tsx packages/apex-runtime/src/cli.ts conformance [--dir packages/apex-runtime/conformance]
 *       [--project <dir>]   (the in-memory org of <dir> runs the `requires: org` programs)
 *
 * Tests run against the in-memory org built from the project's metadata; --no-org runs them
 * without one. Exit codes: 0 passed, 1 a test/program failed (or a class did not load, or coverage is below
 * the threshold), 2 bad usage.
 */
import { fileURLToPath } from 'node:url';
import { parseConformanceArgs, parseTestArgs, UsageError } from './runner/cli-args.ts';
import { runConformanceCommand } from './runner/conformance-command.ts';
import { loadProjectWithOrg, loadProjectWithoutOrg } from './runner/project-loader.ts';
import { runTestCommand } from './runner/test-command.ts';

const USAGE = `usage:
  cli.ts test --project <dir> [--class-names A,B] [--tests A.m] [--json out.json] [--coverage-dir dir] [--threshold 75] [--no-org]
  cli.ts conformance [--dir <conformance dir>] [--project <dir>]`;

const CONFORMANCE_DIR = fileURLToPath(new URL('../conformance', import.meta.url));

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  const print = (text: string): void => void process.stdout.write(`${text}\n`);
  switch (command) {
    case 'test': {
      const args = parseTestArgs(rest, process.cwd());
      return runTestCommand(args, args.withOrg ? loadProjectWithOrg : loadProjectWithoutOrg, print)
        .exitCode;
    }
    case 'conformance': {
      const args = parseConformanceArgs(rest, CONFORMANCE_DIR);
      const project = args.project ? loadProjectWithOrg(args.project) : null;
      return runConformanceCommand(args, project, print);
    }
    default:
      throw new UsageError(command ? `unknown command ${command}` : 'a command is required');
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`${error.message}\n${USAGE}\n`);
  process.exitCode = 2;
}
