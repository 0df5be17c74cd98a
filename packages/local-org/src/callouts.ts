/**
 * Callouts of the running Apex outside tests: `callout:<Named Credential>/path` goes to the
 * credential's URL with its authentication headers, over real HTTP. Any other endpoint is
 * refused as an org refuses an endpoint without a Remote Site Setting.
 */
import {
  ApexBlob,
  HttpRequestValue,
  HttpResponseValue,
  type ApexValue,
  type NativeContext,
} from '@securesend/apex-runtime';
import type { ResolvedCredential } from './credentials.ts';
import { requestSync } from './sync-http.ts';

/** Apex's default callout timeout ("Callout Limits and Limitations"). */
const DEFAULT_TIMEOUT_MS = 10_000;

export function createCalloutHandler(
  credentials: ReadonlyMap<string, ResolvedCredential>,
): (request: ApexValue, ctx: NativeContext) => ApexValue {
  return (request, ctx) => {
    if (!(request instanceof HttpRequestValue))
      throw ctx.error('System.NullPointerException', 'Attempt to de-reference a null object');
    const endpoint = request.endpoint ?? '';
    const match = /^callout:([A-Za-z0-9_]+)(.*)$/.exec(endpoint);
    const credential = match?.[1] ? credentials.get(match[1].toLowerCase()) : undefined;
    if (!match || !credential) {
      throw ctx.error(
        'System.CalloutException',
        `Unauthorized endpoint, please check Setup->Security->Remote site settings. endpoint = ${endpoint}`,
      );
    }
    const headers: Record<string, string> = {};
    for (const name of request.headerNames()) headers[name] = request.getHeader(name) ?? '';
    Object.assign(headers, credential.headers);
    const body = request.getBodyAsBlob();
    const answer = requestSync({
      method: request.method ?? 'GET',
      url: credential.url + (match[2] ?? ''),
      headers,
      body: body ? Buffer.from(body.bytes).toString('base64') : null,
      timeoutMs: request.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    });
    if ('error' in answer) {
      throw ctx.error(
        'System.CalloutException',
        answer.error === 'timeout' ? 'Read timed out' : `Unable to reach ${match[1]}`,
      );
    }
    const response = new HttpResponseValue();
    response.statusCode = answer.status;
    response.status = answer.statusText;
    for (const [name, value] of answer.headers) response.setHeader(name, value);
    response.setBody(new ApexBlob(Buffer.from(answer.body, 'base64')));
    return response;
  };
}
