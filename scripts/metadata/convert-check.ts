/**
 * Step 3 of the metadata gate: what would ship. The Lightning web components are built (their
 * TypeScript compiled to the .js that deploys), `sf project convert source` (the pinned CLI,
 * offline) turns each package directory into Metadata API format, and the output holds no
 * TypeScript, tests or tooling files, and its package.xml lists what the project declares.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join, relative, sep } from 'node:path';
import { type Diagnostic, ToolingError } from '../lib/diagnostics.ts';
import { childText, childrenNamed, parseXmlFile } from '../lib/metadata-xml.ts';
import {
  displayPath,
  listFiles,
  listSourceFiles,
  packageDirectories,
  repoRoot,
} from '../lib/project.ts';
import {
  type CheckContext,
  RULE_CONVERT,
  RULE_CONVERT_OUTPUT,
  RULE_LWC_NOT_BUILT,
  finding,
} from './context.ts';
import type { Declared } from './project-index.ts';

export interface ConvertOptions {
  /** Kill the CLI after this long (default 180 s). */
  timeoutMs?: number;
  /** The sf executable (default: the pinned node_modules/.bin/sf); tests substitute a fake. */
  sfCommand?: string;
}

const SF_ENV = {
  SF_DISABLE_TELEMETRY: 'true',
  SF_AUTOUPDATE_DISABLE: 'true',
  SF_SKIP_NEW_VERSION_CHECK: 'true',
  SFDX_DISABLE_TELEMETRY: 'true',
  SFDX_AUTOUPDATE_DISABLE: 'true',
};

/** Files that must never reach the package: TypeScript, tests, tool configuration. */
export function forbiddenInPackage(relativePath: string): string | undefined {
  const parts = relativePath.split(/[/\\]/);
  const name = parts.at(-1) ?? '';
  if (name.endsWith('.ts')) return 'TypeScript source';
  if (parts.includes('__tests__')) return 'a test';
  if (/\.(test|spec)\.[^.]+$/.test(name)) return 'a test';
  if (parts.some((part) => part.toLowerCase().includes('jest'))) return 'jest tooling';
  if (name === 'tsconfig.json' || name === 'jsconfig.json') return 'compiler configuration';
  if (name.startsWith('.eslintrc') || /^eslint\.config\./.test(name)) return 'lint configuration';
  return undefined;
}

/** A `.ts` module of a component folder without the `.js` the build makes from it. */
export function checkLwcBuilt(root: string): Diagnostic[] {
  const sources = listSourceFiles(
    root,
    (path) =>
      /[/\\]lwc[/\\][^/\\]+[/\\]/.test(path) &&
      path.endsWith('.ts') &&
      !/\.(d|test|spec)\.ts$/.test(path) &&
      !/[/\\]__tests__[/\\]/.test(path),
  );
  return sources
    .filter((source) => !existsSync(source.replace(/\.ts$/, '.js')))
    .map((source) =>
      finding(
        source,
        1,
        `component ${basename(dirname(source))} is not built: ${basename(source)} has no compiled ${basename(source, '.ts')}.js beside it (run \`npm run build\`)`,
        RULE_LWC_NOT_BUILT,
      ),
    );
}

interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

function runCli(command: string, args: string[], cwd: string, timeoutMs: number): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: {
        ...process.env,
        ...SF_ENV,
        // the CLI spawns `sf` for some hooks: make it find the pinned one
        PATH: [join(repoRoot, 'node_modules', '.bin'), process.env.PATH]
          .filter(Boolean)
          .join(delimiter),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new ToolingError(`the sf CLI (${command}) could not start: ${error.message}`));
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolvePromise({ status, stdout, stderr, timedOut });
    });
  });
}

interface CliJson {
  status?: number;
  name?: string;
  message?: string;
  result?: unknown;
}

/** Line of `"path": "<dir>"` in sfdx-project.json, where a failed conversion is reported. */
function packageDirectoryLine(root: string, packageDir: string): number {
  const file = join(root, 'sfdx-project.json');
  const wanted = relative(root, packageDir).split(sep).join('/');
  const lines = readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex(
    (line) => line.includes(`"${wanted}"`) || line.includes(`"./${wanted}"`),
  );
  return index + 1 || 1;
}

/** package.xml of the converted output: type -> lower-cased members. */
function packageMembers(packageXml: string): Map<string, Set<string>> {
  const members = new Map<string, Set<string>>();
  const xml = parseXmlFile(packageXml);
  for (const types of childrenNamed(xml, 'types')) {
    const name = childText(types, 'name') ?? '';
    members.set(
      name,
      new Set(childrenNamed(types, 'members').map((member) => member.text.toLowerCase())),
    );
  }
  return members;
}

/** What the converted package.xml must list, per metadata type, from the project index. */
function expectedMembers(context: CheckContext): [string, Declared[]][] {
  const { index } = context;
  return [
    ['ApexClass', index.classes.values()],
    ['LightningComponentBundle', index.lwc.values()],
    ['CustomObject', index.objects.values()],
    ['PermissionSet', index.permissionSets.values()],
    ['CustomPermission', index.customPermissions.values()],
    ['QuickAction', index.quickActions.values()],
    ['Layout', index.layouts.values()],
    ['NamedCredential', index.namedCredentials.values()],
    ['ExternalCredential', index.externalCredentials.values()],
    ['CustomMetadata', index.customMetadataRecords.values()],
    ['Flow', index.flows.values()],
    ['CustomTab', index.tabs.values()],
    ['CustomLabel', index.labels.values()],
  ];
}

/** Every file below `dir`, dot files included (listFiles skips them; here they matter). */
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Where a file of the convert output came from (same relative path below the package directory). */
function sourceOf(packageDir: string, outputRelative: string): string | undefined {
  const wanted = `${sep}${outputRelative.split('/').join(sep)}`;
  return listFiles(packageDir, (path) => path.endsWith(wanted))[0];
}

export async function checkConvert(
  context: CheckContext,
  options: ConvertOptions = {},
): Promise<Diagnostic[]> {
  const notBuilt = checkLwcBuilt(context.root);
  // Converting TypeScript components before they are compiled proves nothing: say so and stop.
  if (notBuilt.length > 0) return notBuilt;

  const cli =
    options.sfCommand ??
    join(repoRoot, 'node_modules', '.bin', process.platform === 'win32' ? 'sf.cmd' : 'sf');
  if (!existsSync(cli)) {
    throw new ToolingError(
      `${cli} is missing: run \`npm ci\` (the sf CLI is pinned in package.json)`,
    );
  }
  const diagnostics: Diagnostic[] = [];
  const scratch = mkdtempSync(join(tmpdir(), 'ssend-convert-'));
  try {
    for (const [position, packageDir] of packageDirectories(context.root).entries()) {
      const output = join(scratch, `package-${position}`);
      const args = [
        'project',
        'convert',
        'source',
        '--root-dir',
        packageDir,
        '--output-dir',
        output,
        '--json',
      ];
      const run = await runCli(cli, args, context.root, options.timeoutMs ?? 180_000);
      const shown = `sf ${args.join(' ')}`;
      if (run.timedOut) {
        throw new ToolingError(
          `${shown} did not finish within ${(options.timeoutMs ?? 180_000) / 1000}s (cwd ${context.root})`,
        );
      }
      let json: CliJson;
      try {
        json = JSON.parse(run.stdout) as CliJson;
      } catch {
        const said = `${run.stderr}\n${run.stdout}`.trim() || `no output, exit code ${run.status}`;
        throw new ToolingError(
          `${shown} did not answer in JSON (exit code ${run.status}); the CLI said:\n${said}`,
        );
      }
      if (run.status !== 0 || json.status !== 0) {
        diagnostics.push(
          finding(
            join(context.root, 'sfdx-project.json'),
            packageDirectoryLine(context.root, packageDir),
            `sf project convert source failed for ${displayPath(packageDir, context.root)}: ${json.name ?? 'Error'}: ${json.message ?? run.stderr.trim()}`,
            RULE_CONVERT,
          ),
        );
        continue;
      }
      diagnostics.push(...checkOutput(context, packageDir, output));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return diagnostics;
}

function checkOutput(context: CheckContext, packageDir: string, output: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const file of walk(output)) {
    const relativePath = relative(output, file).split(sep).join('/');
    const kind = forbiddenInPackage(relativePath);
    if (!kind) continue;
    const source = sourceOf(packageDir, relativePath);
    diagnostics.push(
      finding(
        source ?? file,
        1,
        `sf project convert source put ${relativePath} (${kind}) into the package: list it in .forceignore`,
        RULE_CONVERT_OUTPUT,
      ),
    );
  }
  const packageXml = join(output, 'package.xml');
  if (!existsSync(packageXml)) {
    diagnostics.push(
      finding(
        join(context.root, 'sfdx-project.json'),
        packageDirectoryLine(context.root, packageDir),
        `sf project convert source wrote no package.xml for ${displayPath(packageDir, context.root)}`,
        RULE_CONVERT_OUTPUT,
      ),
    );
    return diagnostics;
  }
  const listed = packageMembers(packageXml);
  for (const [type, declared] of expectedMembers(context)) {
    for (const member of declared) {
      if (!member.file.startsWith(`${packageDir}${sep}`)) continue;
      if (listed.get(type)?.has(member.name.toLowerCase())) continue;
      diagnostics.push(
        finding(
          member.file,
          'line' in member && typeof member.line === 'number' ? member.line : 1,
          `${type} ${member.name} is missing from the package.xml of sf project convert source (is it in .forceignore?)`,
          RULE_CONVERT_OUTPUT,
        ),
      );
    }
  }
  return diagnostics;
}
