/**
 * Rollup plugin: the host page's own modules are TypeScript; strip the types before the LWC
 * compiler sees them. target ESNext keeps `@api`/`@wire`/`@track` as written (with ES2022 tsc
 * down-levels decorators, which the LWC compiler cannot read), as force-app's tsconfig does.
 * Type checking is `npm run typecheck` (page/tsconfig.json), not the bundle's job.
 */
import type { Plugin } from 'rollup';
import ts from 'typescript';

export function typescriptModules(): Plugin {
  return {
    name: 'local-org-typescript',
    transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const output = ts.transpileModule(code, {
        fileName: id,
        compilerOptions: {
          target: ts.ScriptTarget.ESNext,
          module: ts.ModuleKind.ESNext,
          useDefineForClassFields: true,
          verbatimModuleSyntax: true,
          sourceMap: true,
        },
      });
      return { code: output.outputText, map: output.sourceMapText ?? null };
    },
  };
}
