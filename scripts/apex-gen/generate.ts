/**
 * From an OpenAPI document to the files of the generated gateway classes, formatted: the one
 * function both `npm run generate:apex` (writes them) and the drift check (compares them) call.
 */
import { join } from 'node:path';
import { buildApiModel } from './api-model.ts';
import { emitApiClass, emitClassMeta, type GenerationInfo } from './emit-class.ts';
import { emitTestClass } from './emit-test.ts';
import { CLASSES_DIR, formatApex } from './format.ts';
import { loadOpenApi, type OpenApiDocument } from './openapi-model.ts';

/** The contract, relative to the project root. */
export const GATEWAY_SPEC = join('packages', 'gateway', 'openapi.yaml');
/** The API version of the generated classes' -meta.xml (the project's sourceApiVersion). */
export const GENERATED_API_VERSION = '65.0';

export const GATEWAY_API: GenerationInfo = {
  className: 'GatewayApi',
  specPath: 'packages/gateway/openapi.yaml',
  generator: 'scripts/generate-apex-gateway.ts',
  command: 'npm run generate:apex',
};

export interface GeneratedFile {
  /** Relative to the project root: force-app/main/default/classes/GatewayApi.cls. */
  path: string;
  text: string;
}

/** The generated class, its test and their -meta.xml files, formatted, from a document. */
export async function generateApexFiles(
  document: OpenApiDocument,
  info: GenerationInfo = GATEWAY_API,
): Promise<GeneratedFile[]> {
  const model = buildApiModel(document);
  const classFile = `${info.className}.cls`;
  const testFile = `${info.className}Test.cls`;
  const meta = emitClassMeta(GENERATED_API_VERSION);
  return [
    {
      path: join(CLASSES_DIR, classFile),
      text: await formatApex(emitApiClass(model, info), classFile),
    },
    { path: join(CLASSES_DIR, `${classFile}-meta.xml`), text: meta },
    {
      path: join(CLASSES_DIR, testFile),
      text: await formatApex(emitTestClass(model, info), testFile),
    },
    { path: join(CLASSES_DIR, `${testFile}-meta.xml`), text: meta },
  ];
}

/** The generated files for a project root's packages/gateway/openapi.yaml. */
export async function generateGatewayApex(root: string): Promise<GeneratedFile[]> {
  return generateApexFiles(loadOpenApi(join(root, GATEWAY_SPEC)));
}
