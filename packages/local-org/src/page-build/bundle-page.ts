/**
 * Builds the local Lightning page: the package's components as they ship (the `.js` that
 * `npm run build` compiles from each `.ts`, and the bundled c/phiScanner), the page's own
 * modules (page/modules: the record page shell and the platform modules it emulates), and
 * lightning-base-components, compiled by the LWC compiler through @lwc/rollup-plugin into one
 * ES module for the browser, kept in memory and served by the local org. Any import nothing resolves fails the build: a component that
 * needs a platform module the local org does not emulate must not half-work.
 */
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type lwcPluginModule from '@lwc/rollup-plugin';
import type { ModuleRecord } from '@lwc/module-resolver';
import { rollup, type Plugin, type RollupLog } from 'rollup';
import { platformModules, type PlatformModuleSources } from './platform-modules.ts';
import { typescriptModules } from './typescript-plugin.ts';

// The plugin's types describe its ES build; under NodeNext tsc sees the CommonJS build, whose
// default export is `.default`, while tsx hands over the function itself. Accept both.
type LwcPlugin = typeof lwcPluginModule.default;
const loadedPlugin = createRequire(import.meta.url)('@lwc/rollup-plugin') as
  LwcPlugin | { default: LwcPlugin };
const lwc: LwcPlugin = typeof loadedPlugin === 'function' ? loadedPlugin : loadedPlugin.default;
const PAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../page');
const COMPONENTS_DIR = 'force-app/main/default/lwc';

export interface PageBundleOptions {
  repoRoot: string;
  sources: PlatformModuleSources;
  /** The entry module; default page/main.ts (tests bundle small fixtures). */
  input?: string;
}

/** `c/<name>` -> the compiled `.js` of each component bundle in force-app. */
function packageComponents(repoRoot: string): ModuleRecord[] {
  const dir = join(repoRoot, COMPONENTS_DIR);
  const records: ModuleRecord[] = [];
  for (const name of readdirSync(dir)) {
    if (!existsSync(join(dir, name, `${name}.js-meta.xml`))) continue;
    const entry = join(dir, name, `${name}.js`);
    if (!existsSync(entry)) {
      throw new Error(
        `${COMPONENTS_DIR}/${name}/${name}.js is missing: run \`npm run build\` first (it compiles the components' TypeScript)`,
      );
    }
    records.push({ name: `c/${name}`, path: entry });
  }
  return records;
}

/** Build-time constants the base components and the engine read. */
function defineConstants(): Plugin {
  return {
    name: 'local-org-constants',
    transform(code) {
      if (!code.includes('import.meta.env.SSR') && !code.includes('process.env.NODE_ENV')) {
        return null;
      }
      return {
        code: code
          .replaceAll('import.meta.env.SSR', 'false')
          .replaceAll('process.env.NODE_ENV', JSON.stringify('production')),
        map: null,
      };
    },
  };
}

function failOnUnresolved(log: RollupLog, warn: (log: RollupLog) => void): void {
  if (log.code === 'UNRESOLVED_IMPORT') {
    throw new Error(
      `The local org does not provide ${log.exporter ?? 'a module'} (imported by ${log.id ?? '?'}): ${log.message}`,
    );
  }
  if (log.code === 'CIRCULAR_DEPENDENCY' || log.code === 'THIS_IS_UNDEFINED') return;
  // The base components' own templates draw LWC compiler warnings (duplicate slots under
  // lwc:if branches and the like); they are the published package's, not ours to fix.
  if (log.id?.includes(`${sep}lightning-base-components${sep}`)) return;
  warn(log);
}

/** The page's script: one ES module. */
export async function bundleHostPage(options: PageBundleOptions): Promise<string> {
  const modules: ModuleRecord[] = [
    ...packageComponents(options.repoRoot),
    { dir: join(PAGE_DIR, 'modules') },
    { npm: 'lightning-base-components' },
  ];
  const build = await rollup({
    input: options.input ?? join(PAGE_DIR, 'main.ts'),
    plugins: [
      platformModules(options.sources),
      typescriptModules(),
      defineConstants(),
      lwc({ rootDir: options.repoRoot, modules, sourcemap: false }),
    ],
    onwarn: failOnUnresolved,
  });
  try {
    // One file: the base components load their icon sets with dynamic imports.
    const { output } = await build.generate({ format: 'esm', inlineDynamicImports: true });
    return output[0].code;
  } finally {
    await build.close();
  }
}
