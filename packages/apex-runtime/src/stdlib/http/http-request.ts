/**
 * System.HttpRequest (https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_classes_restful_http_httprequest.htm).
 * Endpoints are kept as written, including Named Credential ones ('callout:Name/path').
 * setTimeout: "The minimum is 1 millisecond and the maximum is 120,000 milliseconds" (Callout
 * Limits and Limitations); Salesforce's error text for other values is not documented, so they
 * fail as unsupported.
 * Not implemented (absent): setBodyDocument/getBodyDocument, setClientCertificate(Name).
 */
import { method, type NativeClass } from '../../natives.ts';
import { UnsupportedError, type ApexValue } from '../../values.ts';
import { blobArg, HttpMessage, messageOf, textArg } from './message.ts';

const MAX_TIMEOUT_MS = 120000;

export class HttpRequestValue extends HttpMessage {
  readonly typeName = 'System.HttpRequest';
  endpoint: string | null = null;
  method: string | null = null;
  compressed = false;
  timeoutMs: number | null = null;
}

function request(value: ApexValue): HttpRequestValue {
  return messageOf(value, HttpRequestValue);
}

export const httpRequestClass: NativeClass = {
  name: 'System.HttpRequest',
  constructors: [{ params: [], impl: () => new HttpRequestValue() }],
  methods: [
    method('setEndpoint', ['String'], 'void', (_ctx, self, [endpoint]) => {
      request(self).endpoint = textArg(endpoint, 'HttpRequest.setEndpoint');
      return null;
    }),
    method('getEndpoint', [], 'String', (_ctx, self) => request(self).endpoint),
    method('setMethod', ['String'], 'void', (_ctx, self, [verb]) => {
      request(self).method = textArg(verb, 'HttpRequest.setMethod');
      return null;
    }),
    method('getMethod', [], 'String', (_ctx, self) => request(self).method),
    method('setHeader', ['String', 'String'], 'void', (_ctx, self, [name, value]) => {
      request(self).setHeader(
        textArg(name, 'HttpRequest.setHeader'),
        textArg(value, 'HttpRequest.setHeader'),
      );
      return null;
    }),
    method('getHeader', ['String'], 'String', (_ctx, self, [name]) =>
      request(self).getHeader(textArg(name, 'HttpRequest.getHeader')),
    ),
    method('setBody', ['String'], 'void', (_ctx, self, [body = null]) => {
      request(self).setBody(body === null ? null : textArg(body, 'HttpRequest.setBody'));
      return null;
    }),
    method('getBody', [], 'String', (ctx, self) => request(self).getBody(ctx)),
    method('setBodyAsBlob', ['Blob'], 'void', (_ctx, self, [body]) => {
      request(self).setBody(blobArg(body, 'HttpRequest.setBodyAsBlob'));
      return null;
    }),
    method('getBodyAsBlob', [], 'Blob', (_ctx, self) => request(self).getBodyAsBlob()),
    method('setCompressed', ['Boolean'], 'void', (_ctx, self, [flag]) => {
      if (typeof flag !== 'boolean') throw new UnsupportedError('HttpRequest.setCompressed(null)');
      request(self).compressed = flag;
      return null;
    }),
    method('getCompressed', [], 'Boolean', (_ctx, self) => request(self).compressed),
    method('setTimeout', ['Integer'], 'void', (_ctx, self, [timeout]) => {
      if (typeof timeout !== 'number') throw new UnsupportedError('HttpRequest.setTimeout(null)');
      if (timeout < 1 || timeout > MAX_TIMEOUT_MS) {
        throw new UnsupportedError(
          `HttpRequest.setTimeout(${timeout}) outside 1..${MAX_TIMEOUT_MS} ms`,
        );
      }
      request(self).timeoutMs = timeout;
      return null;
    }),
    method('toString', [], 'String', (_ctx, self) => {
      const { endpoint, method: verb } = request(self);
      return `System.HttpRequest[Endpoint=${endpoint ?? 'null'}, Method=${verb ?? 'null'}]`;
    }),
  ],
};
