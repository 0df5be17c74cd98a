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
  return {
    name: 'local-org-platform-modules',
    resolveId(source) {
      if (source === '@salesforce/apex' || APEX_METHOD.test(source) || LABEL.test(source)) {
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
      if (apex) {
        const [, classname = '', method = ''] = apex;
        const facts = sources.auraMethod(classname, method);
        if (typeof facts === 'string') this.error(`${source}: ${facts}`);
        return [
          `import { auraEnabledMethod } from '${TRANSPORT}';`,
          `export default auraEnabledMethod(${JSON.stringify(classname)}, ${JSON.stringify(method)}, ${String(facts.cacheable)});`,
        ].join('\n');
      }
      const name = LABEL.exec(source)?.[1] ?? '';
      const value = sources.labels.get(name);
      if (value === undefined)
        this.error(`${source}: no custom label named ${name} in the project`);
      return `export default ${JSON.stringify(value)};`;
    },
  };
}
