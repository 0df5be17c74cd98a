/**
 * c/phiScanner: packages/phi-detect bundled into one LWC module. The Lightning Web Security
 * tripwire flags eval, the Function constructor, dynamic import, require and the globals, and
 * not the same words in comments, literals, property names or the bundle's own variables; the
 * bundler writes one self-contained file and its meta, or nothing; build-lwc keeps the
 * generated .js (there is no .ts beside it), verifies it and checks its tsconfig paths.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { buildLwc } from '../../../scripts/build-lwc.ts';
import { bundlePhiScanner, findForbiddenUsages } from '../../../scripts/bundle-phi-scanner.ts';

const scratch = mkdtempSync(join(tmpdir(), 'ssend-phi-scanner-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

let projects = 0;
/** A project in a scratch directory: sfdx-project.json (API 61.0) plus `files`. */
function project(files: Record<string, string>): string {
  const root = join(scratch, `project-${++projects}`);
  const all: Record<string, string> = {
    'sfdx-project.json': JSON.stringify({
      packageDirectories: [{ path: 'force-app', default: true }],
      sourceApiVersion: '61.0',
    }),
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const BUNDLE_DIR = 'force-app/main/default/lwc/phiScanner';
const ENTRY = 'packages/phi-detect/dist/index.js';

const rulesAt = (code: string): string[] =>
  findForbiddenUsages(code).map(
    ({ rule, text, line, column }) => `${rule} ${text} ${line}:${column}`,
  );

describe('LWS tripwire', () => {
  it('flags eval, the Function constructor, dynamic import, require and the globals', () => {
    const code = [
      'export const a = eval("1") + (0, eval)("2");',
      'export const b = new Function("return 1") && Function("x");',
      'export const c = () => import("./x.js") && require("y");',
      'export const d = globalThis.x ?? window.y ?? typeof document ?? process.env;',
      'export const e = { ...window };',
    ].join('\n');
    assert.deepEqual(rulesAt(code), [
      'eval eval 1:18',
      'eval eval 1:34',
      'function-constructor new Function 2:18',
      'function-constructor Function 2:46',
      'dynamic-import import( 3:24',
      'require require 3:44',
      'global globalThis 4:18',
      'global window 4:34',
      'global document 4:53',
      'global process 4:65',
      'global window 5:23',
    ]);
  });

  it('ignores comments, literals, property names and names the bundle declares', () => {
    const code = [
      '/** Uses window, document and eval( in words only. */',
      '// process.exit(); new Function(); import("x"); require("y")',
      'const text = "the document window" + `process ${1} eval(` + /window|eval\\(/.source;',
      'export function near(window, context) {',
      '  const document = context.before(0, 32);',
      '  return { window, document, process: 1, eval: 2 }.window + context.process + context?.document;',
      '}',
      'export class Recognizer { process(text) { return text; } get document() { return text; } }',
    ].join('\n');
    assert.deepEqual(rulesAt(code), []);
  });
});

describe('bundlePhiScanner', () => {
  it('bundles the modules into one file with a header, and writes the meta from sfdx-project.json', async () => {
    const root = project({
      [ENTRY]: "export * from './taxonomy.js';\nexport { scan } from './scan.js';\n",
      'packages/phi-detect/dist/taxonomy.js': "export const PHI_CATEGORIES = ['SSN', 'EMAIL'];\n",
      'packages/phi-detect/dist/scan.js':
        "import { PHI_CATEGORIES } from './taxonomy.js';\nexport const scan = (text) => PHI_CATEGORIES.filter((c) => text.includes(c));\n",
    });
    const result = await bundlePhiScanner({ root });
    assert.deepEqual(result.diagnostics, []);
    assert.equal(result.file, join(root, BUNDLE_DIR, 'phiScanner.js'));
    const code = readFileSync(result.file, 'utf8');
    assert.match(
      code,
      /^\/\/ Generated from packages\/phi-detect by scripts\/bundle-phi-scanner\.ts; do not edit\./,
    );
    assert.doesNotMatch(code, /\bimport\b|sourceMappingURL/);
    assert.match(code, /export \{ PHI_CATEGORIES, scan \};/);
    assert.equal(result.bytes, Buffer.byteLength(code));
    const meta = readFileSync(result.metaFile, 'utf8');
    assert.match(meta, /<apiVersion>61\.0<\/apiVersion>/);
    assert.match(meta, /<isExposed>false<\/isExposed>/);
    assert.doesNotMatch(meta, /<targets>/);
  });

  it('points a tripwire finding at the module it came from and leaves no bundle behind', async () => {
    const root = project({
      [ENTRY]: "export { scan } from './scan.js';\n",
      'packages/phi-detect/dist/scan.js':
        '// scans text\nexport function scan(text) {\n  return globalThis.fetch ? [] : [text];\n}\n',
      [`${BUNDLE_DIR}/phiScanner.js`]: '// an older bundle\n',
    });
    const result = await bundlePhiScanner({ root });
    assert.deepEqual(
      result.diagnostics.map(({ file, line, column, rule }) => [file, line, column, rule]),
      [[join(root, 'packages/phi-detect/dist/scan.js'), 3, 10, 'lws-tripwire:global']],
    );
    assert.equal(result.ok, false);
    assert.equal(existsSync(result.file), false);
    assert.equal(existsSync(result.metaFile), false);
  });

  it('fails when the bundle would import anything', async () => {
    const root = project({
      [ENTRY]: "import leftPad from 'left-pad';\nexport const pad = (s) => leftPad(s, 9);\n",
    });
    const result = await bundlePhiScanner({ root });
    assert.deepEqual(result.diagnostics.map(({ rule }) => rule).sort(), [
      'phi-scanner:import',
      'rollup:UNRESOLVED_IMPORT',
    ]);
    assert.equal(existsSync(result.file), false);
  });

  it('says to build the package when its dist is missing', async () => {
    const result = await bundlePhiScanner({ root: project({}) });
    assert.equal(result.diagnostics.length, 1);
    assert.equal(result.diagnostics[0]?.rule, 'phi-scanner:entry');
    assert.match(
      result.diagnostics[0]?.message ?? '',
      /npm run build --workspace @securesend\/phi-detect/,
    );
  });
});

describe('build-lwc with the generated c/phiScanner', () => {
  /** A component importing c/phiScanner, typed by the package declarations, as in this repo. */
  const withPaths = (paths: boolean): Record<string, string> => {
    const compilerOptions = (phiScanner: string, util: string) => ({
      target: 'ESNext',
      lib: ['ES2022'],
      module: 'ESNext',
      moduleResolution: 'bundler',
      strict: true,
      noEmit: true,
      types: [],
      paths: { 'c/util': [util], ...(paths ? { 'c/phiScanner': [phiScanner] } : {}) },
    });
    return {
      'tsconfig.json': JSON.stringify({
        compilerOptions: compilerOptions(
          './packages/phi-detect/dist/index.d.ts',
          './force-app/main/default/lwc/util/util',
        ),
        include: ['force-app/main/default/lwc/**/*.ts'],
      }),
      'force-app/main/default/lwc/tsconfig.json': JSON.stringify({
        compilerOptions: compilerOptions(
          '../../../../packages/phi-detect/dist/index.d.ts',
          './util/util',
        ),
        include: ['./**/*.ts'],
      }),
      'packages/phi-detect/dist/index.d.ts':
        "export * from './taxonomy.js';\nexport declare function scan(text: string): string[];\n",
      'packages/phi-detect/dist/taxonomy.d.ts':
        "export declare const PHI_CATEGORIES: readonly ['SSN', 'EMAIL'];\n",
      'force-app/main/default/lwc/util/util.ts':
        "import { PHI_CATEGORIES, scan } from 'c/phiScanner';\nexport const first: 'SSN' = PHI_CATEGORIES[0];\nexport const found: string[] = scan('x');\n",
      [`${BUNDLE_DIR}/phiScanner.js`]:
        "// Generated\nexport const PHI_CATEGORIES = ['SSN', 'EMAIL'];\nexport const scan = () => [];\n",
    };
  };

  it('keeps, type-checks against and verifies the generated bundle', async () => {
    const root = project(withPaths(true));
    const result = await buildLwc({ root });
    assert.deepEqual(result.diagnostics, []);
    assert.deepEqual(result.deleted, []);
    assert.ok(result.verified.includes(join(root, BUNDLE_DIR, 'phiScanner.js')));
    assert.ok(result.emitted.includes(join(root, 'force-app/main/default/lwc/util/util.js')));
  });

  it('asks for the c/phiScanner paths entry, pointing at the package declarations', async () => {
    const root = project(withPaths(false));
    const result = await buildLwc({ root });
    assert.deepEqual(
      result.diagnostics.map(({ message, rule }) => `${rule}: ${message}`),
      [
        'tsconfig-paths: add "c/phiScanner": ["./packages/phi-detect/dist/index.d.ts"] to compilerOptions.paths',
        'tsconfig-paths: add "c/phiScanner": ["../../../../packages/phi-detect/dist/index.d.ts"] to compilerOptions.paths',
      ],
    );
    assert.ok(existsSync(join(root, BUNDLE_DIR, 'phiScanner.js')));
  });
});
