/**
 * Rollup plugin: the `@salesforce/*` modules a Lightning page gets from the platform.
 *   @salesforce/apex/<Class>.<method>  a function that calls the local org's /api/apex (and a
 *                                      wire adapter when the method is cacheable), built by
 *                                      localorg/apexTransport;
 *   @salesforce/apex                   refreshApex and getSObjectValue, from the same module;
 *   @salesforce/label/c.<Name>         the custom label's value from the project's metadata.
 * A method that is not @AuraEnabled, or a label that does not exist, fails the bundle with the
 * message a deploy would give; so does any other import nothing resolves (see bundle-page.ts).
 * Scoped modules of the base components (their own labels, i18n, gates) are theirs to resolve:
 * lightning-base-components maps them in its package.json.
 */
import type { Plugin } from 'rollup';

const VIRTUAL = '\0local-org:';
const APEX_METHOD = /^@salesforce\/apex\/([A-Za-z]\w*)\.([A-Za-z]\w*)$/;
const LABEL = /^@salesforce\/label\/c\.([A-Za-z]\w*)$/;
const TRANSPORT = 'localorg/apexTransport';

export interface AuraMethodFacts {
  /** `@AuraEnabled(cacheable=true)`: may be wired. */
  cacheable: boolean;
}

export interface PlatformModuleSources {
  /** The facts of an @AuraEnabled static method, or an error message saying why it cannot be imported. */
  auraMethod(classname: string, method: string): AuraMethodFacts | string;
  /** Custom label values by name. */
  labels: ReadonlyMap<string, string>;
}

export function platformModules(sources: PlatformModuleSources): Plugin {
  const apexModules = new Map<string, AuraMethodFacts>();
  return {
    name: 'local-org-platform-modules',
    // Validated here, not in load(): rollup then reports the module as the importer wrote it.
    resolveId(source, importer) {
      const where = `${source} (imported by ${importer ?? 'the page'})`;
      if (source === '@salesforce/apex') return VIRTUAL + source;
      const apex = APEX_METHOD.exec(source);
      if (apex) {
        const facts = sources.auraMethod(apex[1] ?? '', apex[2] ?? '');
        if (typeof facts === 'string') this.error(`${where}: ${facts}`);
        apexModules.set(source, facts);
        return VIRTUAL + source;
      }
      const label = LABEL.exec(source)?.[1];
      if (label !== undefined) {
        if (!sources.labels.has(label)) {
          this.error(`${where}: no custom label named ${label} in the project`);
        }
        return VIRTUAL + source;
      }
      return null;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const source = id.slice(VIRTUAL.length);
      if (source === '@salesforce/apex') {
        return `export { refreshApex, getSObjectValue } from '${TRANSPORT}';`;
      }
      const apex = APEX_METHOD.exec(source);
      const facts = apexModules.get(source);
      if (apex && facts) {
        const [, classname = '', method = ''] = apex;
        return [
          `import { auraEnabledMethod } from '${TRANSPORT}';`,
          `export default auraEnabledMethod(${JSON.stringify(classname)}, ${JSON.stringify(method)}, ${String(facts.cacheable)});`,
        ].join('\n');
      }
      const label = LABEL.exec(source)?.[1] ?? '';
      return `export default ${JSON.stringify(sources.labels.get(label) ?? '')};`;
    },
  };
}
