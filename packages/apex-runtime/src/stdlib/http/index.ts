/** System.Http, System.HttpRequest and System.HttpResponse natives. */
import type { NativeClass } from '../../natives.ts';
import { httpClass } from './http-class.ts';
import { httpRequestClass } from './http-request.ts';
import { httpResponseClass } from './http-response.ts';

export { HttpRequestValue } from './http-request.ts';
export { HttpResponseValue } from './http-response.ts';

export const httpClasses: NativeClass[] = [httpClass, httpRequestClass, httpResponseClass];
