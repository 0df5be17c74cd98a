/**
 * Formats generated Apex exactly as `prettier --check` expects it: the repository's prettier
 * config (prettier-plugin-apex, .prettierrc overrides for *.cls) resolved for the file's place in
 * force-app, whatever directory the text is finally written to.
 */
import { join } from 'node:path';
import * as prettier from 'prettier';
import { repoRoot } from '../lib/project.ts';

/** Where generated classes live, relative to a project root. */
export const CLASSES_DIR = join('force-app', 'main', 'default', 'classes');

/** Formats Apex source as the file `fileName` (e.g. GatewayApi.cls) in force-app's classes. */
export async function formatApex(text: string, fileName: string): Promise<string> {
  const filepath = join(repoRoot, CLASSES_DIR, fileName);
  const options = (await prettier.resolveConfig(filepath, { editorconfig: true })) ?? {};
  return prettier.format(text, { ...options, filepath });
}
