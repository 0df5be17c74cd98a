/**
 * The runtime's public API: load a project with its in-memory org, run its tests, or call its
 * Apex directly (the local org of `npm start` does).
 */
export {
  createProjectRuntime,
  projectSources,
  type ProjectRuntime,
} from './platform/project-runtime.ts';
export { runTests } from './runner/run-tests.ts';
export { Interpreter, CompileError } from './interpreter/interpreter.ts';
export type { ClassInfo } from './interpreter/class-info.ts';
export { exceptionDisplayMessage } from './interpreter/exceptions.ts';
export * from './values.ts';
export type { Org } from './org/index.ts';
export { lowerFile } from './lower/index.ts';
export { classInfoOf } from './interpreter/class-info.ts';
export { HttpRequestValue } from './stdlib/http/http-request.ts';
export { HttpResponseValue } from './stdlib/http/http-response.ts';
export type { NativeContext } from './natives.ts';
