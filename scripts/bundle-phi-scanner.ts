/**
 * Bundles the PHI detection engine into the Lightning web component module `c/phiScanner`, so
 * components run the same code as the gateway: `import { scan } from 'c/phiScanner'`.
 *
 *   npx tsx scripts/bundle-phi-scanner.ts [projectRoot]
 *
 * 1. Rollup bundles packages/phi-detect/dist/index.js (the package's own tsc output; build it
 *    first) into ONE ES module. Nothing may stay external: an LWC module can import only other
 *    modules of the platform, so any import, static or dynamic, fails the bundle, and so does
 *    any rollup warning.
 * 2. A tripwire scans the bundled code for what Lightning Web Security forbids or sandboxes
 *    (see FORBIDDEN below) and for the platform's size limit for one component JavaScript file.
 * 3. Only then writes force-app/main/default/lwc/phiScanner/phiScanner.js (with a "do not edit"
 *    header) and phiScanner.js-meta.xml (not exposed, no targets). Both are git-ignored build
 *    output; the .js ships. A failed bundle deletes them, so nothing stale is tested or deployed.
 *
 * Types do not come from here: both tsconfigs map `c/phiScanner` to the package's
 * dist/index.d.ts, and scripts/build-lwc.ts checks that and compiles phiScanner.js with the
 * LWC compiler like every other bundle.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type OutputChunk, type RollupLog, rollup } from 'rollup';
import ts from 'typescript';
import { type Diagnostic, reportGate, runMain } from './lib/diagnostics.ts';
import { PHI_SCANNER_BUNDLE, readSfdxProject, repoRoot } from './lib/project.ts';

/** The package's built entry point, from the project root. */
export const PHI_DETECT_ENTRY = 'packages/phi-detect/dist/index.js';
const BUILD_PACKAGE_COMMAND = 'npm run build --workspace @securesend/phi-detect';

/**
 * "A component's JavaScript file can have a maximum file size of 1 MB (1,000,000 bytes)":
 * Lightning Web Components Developer Guide, Component JavaScript File,
 * https://developer.salesforce.com/docs/platform/lwc/guide/create-components-javascript.html
 * (older editions of that page said 128 KB, 131,072 bytes).
 */
export const LWC_JS_FILE_LIMIT_BYTES = 1_000_000;

const HEADER = `// Generated from packages/phi-detect by ${PHI_SCANNER_BUNDLE.generator}; do not edit.`;

export interface BundlePhiScannerOptions {
  /** Project root (where sfdx-project.json is); defaults to this repository. */
  readonly root?: string;
  /** The module to bundle, absolute or from the root; defaults to PHI_DETECT_ENTRY. */
  readonly entry?: string;
}

export interface BundlePhiScannerResult {
  /** True when there are no diagnostics (and the bundle was written). */
  readonly ok: boolean;
  /** `<root>/force-app/main/default/lwc/phiScanner/phiScanner.js`, absolute. */
  readonly file: string;
  /** Its `.js-meta.xml`, absolute. */
  readonly metaFile: string;
  /** Size of the bundled code in bytes (UTF-8), 0 when rollup failed. */
  readonly bytes: number;
  /** E.g. `force-app/main/default/lwc/phiScanner/phiScanner.js 12.3 KB, limit 976.6 KB`. */
  readonly summary: string;
  /** Findings from rollup, the import check, the tripwire or the size limit. */
  readonly diagnostics: readonly Diagnostic[];
}

// ---------------------------------------------------------------------------------------------
// The Lightning Web Security tripwire: a tripwire, not a proof.
//
// Regular expressions over the bundled text, with comments and the contents of string, template
// and regular-expression literals blanked out first (by the TypeScript parser), so "process" in
// a description or a comment does not trip it. A name the bundle declares itself (the engine's
// `const window = context.before(...)`, a parameter, a property or method name) is not the
// global: the TypeScript checker, run on the bundle alone with no lib, resolves each hit, and
// only names that resolve to nothing in the bundle count.
// It misses what the text cannot show: a computed `obj[key]`, `(function () {}).constructor`,
// `Reflect`, a global reached through an alias. Review keeps those out; LWS enforces at run time.
// ---------------------------------------------------------------------------------------------

/** `names` used as identifiers of their own: not part of a longer name, not `x.name` or `x?.name`. */
const bare = (names: string): string =>
  String.raw`(?<![\w$])(?<!(?:^|[^.])\.\s*)(?:${names})(?![\w$])`;

interface ForbiddenPattern {
  readonly rule: string;
  readonly pattern: RegExp;
  readonly why: string;
}

const FORBIDDEN: readonly ForbiddenPattern[] = [
  {
    rule: 'eval',
    pattern: new RegExp(bare('eval'), 'g'),
    why: 'evaluates a string as code, which Lightning Web Security blocks (direct or indirect)',
  },
  {
    rule: 'function-constructor',
    pattern: new RegExp(String.raw`\bnew\s+Function(?![\w$])|${bare('Function')}(?=\s*\()`, 'g'),
    why: 'the Function constructor compiles a string as code, like eval',
  },
  {
    rule: 'dynamic-import',
    pattern: /(?<![\w$.])import\s*\(/g,
    why: 'a dynamic import loads code at run time; an LWC module can only import statically',
  },
  {
    rule: 'global',
    pattern: new RegExp(bare('globalThis|window|document|process'), 'g'),
    why: 'the engine must not depend on globals: LWS gives each namespace a sandboxed window, document and globalThis, and process exists only in Node',
  },
  {
    rule: 'require',
    pattern: new RegExp(String.raw`${bare('require')}(?=\s*\()`, 'g'),
    why: 'CommonJS require does not exist in an LWC',
  },
];

const LITERAL_KINDS = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.RegularExpressionLiteral,
]);

/**
 * The bundle parsed: its text with only the tokens kept (comments and literal contents become
 * spaces; offsets and line breaks unchanged), and whether the identifier starting at an offset
 * is declared in the bundle itself.
 */
function analyse(code: string): {
  source: ts.SourceFile;
  tokens: string;
  declaredHere: (offset: number) => boolean;
} {
  const fileName = '/bundle.js';
  const source = ts.createSourceFile(
    fileName,
    code,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.JS,
  );
  // split('') works in UTF-16 code units, as the parser's offsets do.
  const kept: string[] = code
    .split('')
    .map((unit) => (unit === '\n' || unit === '\r' ? unit : ' '));
  const identifiers = new Map<number, ts.Node>();
  const visit = (node: ts.Node): void => {
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) {
      return;
    }
    if (LITERAL_KINDS.has(node.kind)) return;
    const children = node.getChildren(source);
    if (children.length > 0) {
      children.forEach(visit);
      return;
    }
    if (ts.isIdentifier(node)) identifiers.set(node.getStart(source), node);
    for (let i = node.getStart(source); i < node.getEnd(); i++) kept[i] = code[i] as string;
  };
  visit(source);

  // No lib and no other file: a name resolves only if the bundle declares it.
  const options: ts.CompilerOptions = { allowJs: true, noLib: true, noResolve: true, types: [] };
  const host = ts.createCompilerHost(options);
  host.getSourceFile = (name) => (name === fileName ? source : undefined);
  host.fileExists = (name) => name === fileName;
  const checker = ts.createProgram({ rootNames: [fileName], options, host }).getTypeChecker();
  const declaredHere = (offset: number): boolean => {
    const identifier = identifiers.get(offset);
    const symbol = identifier && checker.getSymbolAtLocation(identifier);
    return symbol?.declarations?.some((node) => node.getSourceFile() === source) ?? false;
  };
  return { source, tokens: kept.join(''), declaredHere };
}

export interface ForbiddenUsage {
  readonly rule: string;
  /** What matched, e.g. `eval`, `import(`, `window`. */
  readonly text: string;
  readonly why: string;
  /** 1-based, in the scanned code. */
  readonly line: number;
  readonly column: number;
}

/** What the tripwire finds in bundled code (see the comment above FORBIDDEN). */
export function findForbiddenUsages(code: string): ForbiddenUsage[] {
  const { source, tokens, declaredHere } = analyse(code);
  const found: ForbiddenUsage[] = [];
  for (const { rule, pattern, why } of FORBIDDEN) {
    for (const match of tokens.matchAll(pattern)) {
      if (declaredHere(match.index)) continue;
      const { line, character } = source.getLineAndCharacterOfPosition(match.index);
      const text = match[0].replace(/\s+/g, ' ');
      found.push({ rule, text, why, line: line + 1, column: character + 1 });
    }
  }
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

// ---------------------------------------------------------------------------------------------

/** Where bundled code came from: the module file and position rollup's source map records. */
function originOf(
  chunk: OutputChunk,
  outDir: string,
  line: number,
  column: number,
): Pick<Diagnostic, 'file' | 'line' | 'column'> | undefined {
  if (!chunk.map) return undefined;
  const { file, mappings, names, sources, version } = chunk.map;
  const map = new SourceMap({
    file: file ?? '',
    mappings,
    names,
    sources,
    version,
    sourcesContent: [],
    sourceRoot: '',
  });
  const entry = map.findEntry(line - 1, column - 1);
  if (!('originalSource' in entry)) return undefined;
  return {
    file: resolve(outDir, entry.originalSource),
    line: entry.originalLine + 1,
    column: entry.originalColumn + 1,
  };
}

function fromRollupLog(log: RollupLog, fallbackFile: string): Diagnostic {
  return {
    file: log.loc?.file ?? log.id ?? fallbackFile,
    ...(log.loc ? { line: log.loc.line, column: log.loc.column + 1 } : {}),
    message: log.message,
    rule: `rollup${log.code ? `:${log.code}` : ''}`,
  };
}

const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

function metaXml(apiVersion: string): string {
  return `<?xml version="1.0" encoding="UTF-8" ?>
<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>${apiVersion}</apiVersion>
    <isExposed>false</isExposed>
    <description>PHI detection engine (packages/phi-detect) as an LWC module. Generated by ${PHI_SCANNER_BUNDLE.generator}; do not edit.</description>
</LightningComponentBundle>
`;
}

/** Rollup's one ES module chunk of `entry`, or the diagnostics that stop it. */
async function bundle(
  entry: string,
  outDir: string,
): Promise<{ chunk?: OutputChunk; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  let build;
  try {
    build = await rollup({
      input: entry,
      // No `external`: an import rollup cannot resolve is a warning (UNRESOLVED_IMPORT) that
      // would leave it in the output; here every warning fails the bundle.
      onLog: (level, log) => {
        if (level === 'warn') diagnostics.push(fromRollupLog(log, entry));
      },
    });
  } catch (error) {
    const log = error as RollupLog;
    return {
      diagnostics: [fromRollupLog({ ...log, message: log.message || String(error) }, entry)],
    };
  }
  try {
    const { output } = await build.generate({
      format: 'es',
      dir: outDir,
      entryFileNames: `${PHI_SCANNER_BUNDLE.name}.js`,
      banner: HEADER,
      // Kept in memory to point a tripwire finding at its module; never written.
      sourcemap: 'hidden',
    });
    const [chunk, ...others] = output;
    for (const other of others.filter(({ fileName }) => fileName !== chunk.sourcemapFileName)) {
      diagnostics.push({
        file: entry,
        message: `the bundle must be one file, but rollup also made ${other.fileName} (a dynamic import or an asset?)`,
        rule: 'phi-scanner:one-file',
      });
    }
    for (const imported of [...chunk.imports, ...chunk.dynamicImports]) {
      diagnostics.push({
        file: entry,
        message: `the bundle imports ${imported}: c/phiScanner must be self-contained (phi-detect has no runtime dependencies)`,
        rule: 'phi-scanner:import',
      });
    }
    return { chunk, diagnostics };
  } finally {
    await build.close();
  }
}

/** Bundles phi-detect into c/phiScanner. Resolves with the outcome; rejects only on a crash. */
export async function bundlePhiScanner(
  options: BundlePhiScannerOptions = {},
): Promise<BundlePhiScannerResult> {
  const root = resolve(options.root ?? repoRoot);
  const entry = resolve(root, options.entry ?? PHI_DETECT_ENTRY);
  const outDir = join(root, 'force-app', 'main', 'default', 'lwc', PHI_SCANNER_BUNDLE.name);
  const file = join(outDir, `${PHI_SCANNER_BUNDLE.name}.js`);
  const metaFile = `${file}-meta.xml`;
  const done = (diagnostics: Diagnostic[], bytes = 0): BundlePhiScannerResult => {
    if (diagnostics.length > 0) {
      rmSync(file, { force: true });
      rmSync(metaFile, { force: true });
    }
    const size = bytes > 0 ? kilobytes(bytes) : 'not bundled';
    const summary = `${relative(root, file)} ${size}, limit ${kilobytes(LWC_JS_FILE_LIMIT_BYTES)}`;
    return { ok: diagnostics.length === 0, file, metaFile, bytes, summary, diagnostics };
  };

  if (!existsSync(entry)) {
    return done([
      {
        file: entry,
        message: `${relative(root, entry)} is missing: build the package first (${BUILD_PACKAGE_COMMAND}, or npm run build)`,
        rule: 'phi-scanner:entry',
      },
    ]);
  }
  const { chunk, diagnostics } = await bundle(entry, outDir);
  if (!chunk) return done(diagnostics);

  const code = chunk.code.endsWith('\n') ? chunk.code : `${chunk.code}\n`;
  const bytes = Buffer.byteLength(code, 'utf8');
  for (const usage of findForbiddenUsages(chunk.code)) {
    const origin = originOf(chunk, outDir, usage.line, usage.column);
    const where = origin ? '' : ` (line ${usage.line}, column ${usage.column} of the bundle)`;
    diagnostics.push({
      ...(origin ?? { file: entry }),
      message: `\`${usage.text}\` in the bundled engine${where}: ${usage.why}`,
      rule: `lws-tripwire:${usage.rule}`,
    });
  }
  if (bytes > LWC_JS_FILE_LIMIT_BYTES) {
    diagnostics.push({
      file,
      message: `the bundle is ${bytes} bytes; Salesforce accepts at most ${LWC_JS_FILE_LIMIT_BYTES} bytes in one component JavaScript file`,
      rule: 'phi-scanner:size',
    });
  }
  if (diagnostics.length > 0) return done(diagnostics, bytes);

  mkdirSync(outDir, { recursive: true });
  writeFileSync(file, code);
  writeFileSync(metaFile, metaXml(readSfdxProject(root).sourceApiVersion));
  return done([], bytes);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void runMain(async () => {
    const started = Date.now();
    const result = await bundlePhiScanner({ root: process.argv[2] ?? repoRoot });
    reportGate(`bundle:phiScanner (${result.summary})`, [...result.diagnostics], started);
  });
}
