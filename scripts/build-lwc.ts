/**
 * Builds the Lightning web components: TypeScript is the source, the `.js` beside it is output.
 *
 *   npx tsx scripts/build-lwc.ts [projectRoot]
 *
 * 1. Checks that every component has a `c/<name>` entry in the `paths` of both tsconfigs
 *    (a paths substitution allows one `*`, so `c/*` cannot map to `lwc/<name>/<name>.ts`).
 *    A generated bundle (GENERATED_LWC_BUNDLES, e.g. c/phiScanner) has no `.ts`: its entry maps
 *    to the declarations it is typed by.
 * 2. Deletes stale `.js` whose `.ts` is gone (all `.js` in a bundle is build output, git-ignored),
 *    except in generated bundles, whose `.js` another script writes.
 * 3. Type-checks the components with force-app/main/default/lwc/tsconfig.json and emits each
 *    component's `.ts` as `.js` in place; specs under `__tests__` are neither emitted nor deployed.
 *    That config targets ESNext so `@api`/`@wire`/`@track` reach the output as written: with an
 *    ES2022 target tsc down-levels standard decorators into helper calls the LWC compiler rejects.
 * 4. Compiles every bundle file (`.js`, `.html`, `.css`) with the LWC compiler, as the platform
 *    will on deploy, and fails with `file:line:column` on any error or warning.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { transformSync } from '@lwc/compiler';
import { type Diagnostic, reportGate, runMain } from './lib/diagnostics.ts';
import {
  GENERATED_LWC_BUNDLES,
  type GeneratedLwcBundle,
  listFiles,
  packageDirectories,
  repoRoot,
} from './lib/project.ts';

/** Namespace the LWC compiler checks against: package code refers to itself as `c`. */
const LWC_NAMESPACE = 'c';
const LWC_TSCONFIG = 'force-app/main/default/lwc/tsconfig.json';
const ROOT_TSCONFIG = 'tsconfig.json';
const TEST_DIR = '__tests__';
const COMPILED_EXTENSIONS = ['.js', '.html', '.css'];

/** The generated bundle a bundle directory holds, if it is one. */
const generatedBundle = (bundle: string): GeneratedLwcBundle | undefined =>
  GENERATED_LWC_BUNDLES.find(({ name }) => name === basename(bundle));

const generatedHeader = (source: string): string =>
  `// Generated from ${source} by scripts/build-lwc.ts. Do not edit: edit the .ts.\n`;

export interface BuildLwcOptions {
  /** Project root (where sfdx-project.json is); defaults to this repository. */
  readonly root?: string;
}

export interface BuildLwcResult {
  /** True when there are no diagnostics. */
  readonly ok: boolean;
  /** Bundle directories (`.../lwc/<name>`), absolute. */
  readonly bundles: readonly string[];
  /** `.js` files written by tsc, absolute. */
  readonly emitted: readonly string[];
  /** Stale `.js` files deleted, absolute. */
  readonly deleted: readonly string[];
  /** Files the LWC compiler accepted without warnings, absolute. */
  readonly verified: readonly string[];
  /** Findings from the tsconfigs, tsc or the LWC compiler; any one fails the build. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Every `lwc` directory under the sfdx package directories (as sfdx-lwc-jest finds them). */
function findLwcRoots(root: string): string[] {
  const roots = new Set<string>();
  for (const dir of packageDirectories(root)) {
    for (const file of listFiles(dir, (path) => path.split(sep).includes('lwc'))) {
      const parts = file.split(sep);
      roots.add(parts.slice(0, parts.lastIndexOf('lwc') + 1).join(sep));
    }
  }
  return [...roots].sort();
}

/** Bundle directories (`lwc/<name>`) under an lwc root. */
function findBundles(lwcRoot: string): string[] {
  return readdirSync(lwcRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => join(lwcRoot, entry.name))
    .sort();
}

/** Files of a bundle, recursively, without its specs. */
function bundleFiles(bundle: string): string[] {
  return listFiles(bundle, (path) => !relative(bundle, path).split(sep).includes(TEST_DIR));
}

function fromTs(d: ts.Diagnostic, configFile: string): Diagnostic {
  const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
  const rule = `tsc:TS${d.code}`;
  if (d.file && d.start !== undefined) {
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return { file: d.file.fileName, line: line + 1, column: character + 1, message, rule };
  }
  return { file: configFile, message, rule };
}

function readTsConfig(root: string, configPath: string): ts.ParsedCommandLine | Diagnostic {
  const file = join(root, configPath);
  let unrecoverable: ts.Diagnostic | undefined;
  const parsed = ts.getParsedCommandLineOfConfigFile(
    file,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        unrecoverable = d;
      },
    },
  );
  const error =
    unrecoverable ?? parsed?.errors.find((d) => d.category === ts.DiagnosticCategory.Error);
  if (error) {
    return fromTs(error, file);
  }
  return parsed ?? { file, message: 'cannot read this tsconfig', rule: 'tsconfig' };
}

/**
 * `c/<name>` must be mapped in both tsconfigs for every bundle with a TypeScript entry, and for
 * every generated bundle (to the declarations that type it).
 */
function checkPaths(
  root: string,
  bundles: readonly string[],
  configs: readonly (readonly [string, ts.ParsedCommandLine])[],
): Diagnostic[] {
  const missing: Diagnostic[] = [];
  for (const bundle of bundles) {
    const name = basename(bundle);
    const generated = generatedBundle(bundle);
    if (!generated && !existsSync(join(bundle, `${name}.ts`))) {
      continue;
    }
    const entry = generated ? join(root, generated.declarations) : join(bundle, name);
    for (const [configPath, config] of configs) {
      const base = config.options.pathsBasePath;
      const targets = config.options.paths?.[`${LWC_NAMESPACE}/${name}`] ?? [];
      if (typeof base === 'string' && targets.some((target) => resolve(base, target) === entry)) {
        continue;
      }
      const target = relative(dirname(join(root, configPath)), entry);
      const shown = target.startsWith('..') ? target : `./${target}`;
      missing.push({
        file: join(root, configPath),
        message: `add "${LWC_NAMESPACE}/${name}": ["${shown}"] to compilerOptions.paths`,
        rule: 'tsconfig-paths',
      });
    }
  }
  return missing;
}

/** Deletes `.js` files in bundles whose `.ts` source no longer exists (not in generated bundles). */
function deleteStaleJs(bundles: readonly string[]): string[] {
  const stale = bundles
    .filter((bundle) => !generatedBundle(bundle))
    .flatMap(bundleFiles)
    .filter((file) => extname(file) === '.js' && !existsSync(`${file.slice(0, -'.js'.length)}.ts`));
  for (const file of stale) {
    rmSync(file);
  }
  return stale;
}

/** Type-checks the components and emits `.js` beside each `.ts` (never for specs). */
function compileTypeScript(
  config: ts.ParsedCommandLine,
  configFile: string,
): { emitted: string[]; diagnostics: Diagnostic[] } {
  const options: ts.CompilerOptions = {
    ...config.options,
    noEmit: false,
    declaration: false,
    sourceMap: false,
    inlineSourceMap: false,
    outDir: undefined,
  };
  const rootNames = config.fileNames.filter((file) => !file.split(/[\\/]/).includes(TEST_DIR));
  const program = ts.createProgram({ rootNames, options });
  const errors = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length > 0) {
    return { emitted: [], diagnostics: errors.map((d) => fromTs(d, configFile)) };
  }
  const emitted: string[] = [];
  const result = program.emit(
    undefined,
    (fileName, text, writeByteOrderMark, _onError, sources) => {
      const source = sources?.[0]?.fileName;
      const header = source === undefined ? '' : generatedHeader(basename(source));
      ts.sys.writeFile(fileName, header + text, writeByteOrderMark);
      emitted.push(resolve(fileName));
    },
  );
  return {
    emitted: emitted.sort(),
    diagnostics: result.diagnostics
      .filter((d) => d.category === ts.DiagnosticCategory.Error)
      .map((d) => fromTs(d, configFile)),
  };
}

interface CompilerErrorLike {
  readonly message?: unknown;
  readonly location?: { readonly line?: number; readonly column?: number } | null;
}

/**
 * Where an LWC compiler error points. Template and style errors carry a `location` (1-based
 * line and column); script errors only a Babel code frame in the message (`> 88 |` and a caret).
 */
function errorLocation(caught: unknown): Pick<Diagnostic, 'line' | 'column'> {
  const error: CompilerErrorLike = typeof caught === 'object' && caught !== null ? caught : {};
  if (error.location?.line !== undefined) {
    return { line: error.location.line, column: error.location.column ?? 1 };
  }
  const frame = typeof error.message === 'string' ? error.message.split('\n') : [];
  const marked = frame.findIndex((line) => /^>\s*\d+\s*\|/.test(line));
  const markedLine = frame[marked];
  if (markedLine === undefined) {
    return {};
  }
  const line = Number(/^>\s*(\d+)/.exec(markedLine)?.[1]);
  const caretLine = frame[marked + 1] ?? '';
  const gutter = caretLine.indexOf('|');
  const caret = caretLine.indexOf('^');
  return gutter >= 0 && caret > gutter ? { line, column: caret - gutter - 1 } : { line };
}

/** Compiles each bundle file the platform compiles (`.js`, `.html`, `.css`), as it will. */
function verifyWithLwcCompiler(bundles: readonly string[]): {
  verified: string[];
  diagnostics: Diagnostic[];
} {
  const verified: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const bundle of bundles) {
    const name = basename(bundle);
    const files = bundleFiles(bundle);
    if (!files.includes(join(bundle, `${name}.js`))) {
      const generator = generatedBundle(bundle)?.generator;
      diagnostics.push({
        file: bundle,
        message: `no ${name}.js after the build: ${generator ? `run ${generator}` : `the bundle needs ${name}.ts`}`,
        rule: 'lwc-compiler',
      });
    }
    for (const file of files.filter((path) => COMPILED_EXTENSIONS.includes(extname(path)))) {
      try {
        const { warnings = [] } = transformSync(readFileSync(file, 'utf8'), basename(file), {
          namespace: LWC_NAMESPACE,
          name,
        });
        for (const warning of warnings) {
          diagnostics.push({
            file,
            ...(warning.location
              ? { line: warning.location.line, column: warning.location.column }
              : {}),
            message: warning.message,
            rule: 'lwc-compiler',
          });
        }
        if (warnings.length === 0) {
          verified.push(file);
        }
      } catch (caught) {
        diagnostics.push({
          file,
          ...errorLocation(caught),
          // The first line; a Babel code frame follows it and is summarised by line:column.
          message: (caught instanceof Error ? caught.message : String(caught)).split('\n')[0] ?? '',
          rule: 'lwc-compiler',
        });
      }
    }
  }
  return { verified, diagnostics };
}

function runBuild(root: string): BuildLwcResult {
  const bundles = findLwcRoots(root).flatMap(findBundles);
  const outcome = (
    parts: Partial<BuildLwcResult> & { diagnostics: Diagnostic[] },
  ): BuildLwcResult => ({
    bundles,
    emitted: [],
    deleted: [],
    verified: [],
    ...parts,
    ok: parts.diagnostics.length === 0,
  });

  const rootConfig = readTsConfig(root, ROOT_TSCONFIG);
  if (!('options' in rootConfig)) {
    return outcome({ diagnostics: [rootConfig] });
  }
  const lwcConfig = readTsConfig(root, LWC_TSCONFIG);
  if (!('options' in lwcConfig)) {
    return outcome({ diagnostics: [lwcConfig] });
  }
  const pathErrors = checkPaths(root, bundles, [
    [ROOT_TSCONFIG, rootConfig],
    [LWC_TSCONFIG, lwcConfig],
  ]);
  if (pathErrors.length > 0) {
    return outcome({ diagnostics: pathErrors });
  }

  const deleted = deleteStaleJs(bundles);
  const compiled = compileTypeScript(lwcConfig, join(root, LWC_TSCONFIG));
  if (compiled.diagnostics.length > 0) {
    return outcome({ deleted, diagnostics: compiled.diagnostics });
  }
  const checked = verifyWithLwcCompiler(bundles);
  return outcome({
    deleted,
    emitted: compiled.emitted,
    verified: checked.verified,
    diagnostics: checked.diagnostics,
  });
}

/** Builds all components. Resolves with the outcome; rejects only if the build itself crashes. */
export function buildLwc(options: BuildLwcOptions = {}): Promise<BuildLwcResult> {
  try {
    return Promise.resolve(runBuild(resolve(options.root ?? repoRoot)));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void runMain(async () => {
    const started = Date.now();
    const result = await buildLwc({ root: process.argv[2] ?? repoRoot });
    for (const file of result.deleted) {
      process.stdout.write(`deleted stale ${relative(process.cwd(), file)}\n`);
    }
    if (result.ok) {
      process.stdout.write(
        `${result.bundles.length} bundle(s): ${result.emitted.length} .js emitted, ` +
          `${result.verified.length} file(s) accepted by the LWC compiler\n`,
      );
    }
    reportGate('build:lwc', [...result.diagnostics], started);
  });
}
