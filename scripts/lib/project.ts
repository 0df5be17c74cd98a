/**
 * Where things live in the SecureSend repository. Every script resolves paths through here so a
 * layout change is made once.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface SfdxProject {
  namespace: string;
  sourceApiVersion: string;
  packageDirectories: { path: string; default?: boolean }[];
}

/** Reads sfdx-project.json from a project root (the repository, or a checker's fixture). */
export function readSfdxProject(root: string = repoRoot): SfdxProject {
  const file = join(root, 'sfdx-project.json');
  if (!existsSync(file)) throw new Error(`${file} not found: is ${root} an SFDX project?`);
  return JSON.parse(readFileSync(file, 'utf8')) as SfdxProject;
}

/** Absolute paths of the project's package directories (force-app). */
export function packageDirectories(root: string = repoRoot): string[] {
  return readSfdxProject(root).packageDirectories.map((dir) => resolve(root, dir.path));
}

/** Every file below `dir` (recursively) whose path passes `accept`; skips node_modules and dot folders. */
export function listFiles(dir: string, accept: (path: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) found.push(...listFiles(path, accept));
    else if (accept(path)) found.push(path);
  }
  return found;
}

/** Every file of the project's package directories whose path passes `accept`. */
export function listSourceFiles(root: string, accept: (path: string) => boolean): string[] {
  return packageDirectories(root).flatMap((dir) => listFiles(dir, accept));
}

/** Path relative to the current directory's project, with forward slashes, for messages. */
export function displayPath(path: string, root: string = process.cwd()): string {
  const rel = relative(root, path);
  return (rel.startsWith('..') ? path : rel).split(sep).join('/');
}

/** A Lightning web component bundle whose `.js` a script generates: it has no `.ts` source. */
export interface GeneratedLwcBundle {
  /** Component name: components import it as `c/<name>`. */
  readonly name: string;
  /** The script that writes `<name>.js` and `<name>.js-meta.xml`, from the project root. */
  readonly generator: string;
  /** The declarations that type `c/<name>` (its tsconfig `paths` target), from the project root. */
  readonly declarations: string;
}

/** `c/phiScanner`: packages/phi-detect bundled into one LWC module (git-ignored build output). */
export const PHI_SCANNER_BUNDLE: GeneratedLwcBundle = {
  name: 'phiScanner',
  generator: 'scripts/bundle-phi-scanner.ts',
  declarations: 'packages/phi-detect/dist/index.d.ts',
};

/** Every generated bundle; scripts/build-lwc.ts verifies them but never deletes their `.js`. */
export const GENERATED_LWC_BUNDLES: readonly GeneratedLwcBundle[] = [PHI_SCANNER_BUNDLE];
