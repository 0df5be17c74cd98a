/**
 * System.HttpResponse (https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_classes_restful_http_httpresponse.htm),
 * built by HttpCalloutMock implementations in tests or by the callout hook.
 * A new response has status code 0 and status null, as its toString shows in debug logs
 * ("System.HttpResponse[Status=null, StatusCode=0]").
 * Not implemented (absent): getXmlStreamReader, getBodyDocument.
 */
import { ApexList } from '../../collections.ts';
import { method, type NativeClass } from '../../natives.ts';
import { primitive, UnsupportedError, type ApexValue } from '../../values.ts';
import { blobArg, HttpMessage, messageOf, textArg } from './message.ts';

export class HttpResponseValue extends HttpMessage {
  readonly typeName = 'System.HttpResponse';
  statusCode = 0;
  status: string | null = null;
}

function response(value: ApexValue): HttpResponseValue {
  return messageOf(value, HttpResponseValue);
}

export const httpResponseClass: NativeClass = {
  name: 'System.HttpResponse',
  constructors: [{ params: [], impl: () => new HttpResponseValue() }],
  methods: [
    method('setStatusCode', ['Integer'], 'void', (_ctx, self, [code]) => {
      if (typeof code !== 'number') throw new UnsupportedError('HttpResponse.setStatusCode(null)');
      response(self).statusCode = code;
      return null;
    }),
    method('getStatusCode', [], 'Integer', (_ctx, self) => response(self).statusCode),
    method('setStatus', ['String'], 'void', (_ctx, self, [status = null]) => {
      response(self).status = status === null ? null : textArg(status, 'HttpResponse.setStatus');
      return null;
    }),
    method('getStatus', [], 'String', (_ctx, self) => response(self).status),
    method('setHeader', ['String', 'String'], 'void', (_ctx, self, [name, value]) => {
      response(self).setHeader(
        textArg(name, 'HttpResponse.setHeader'),
        textArg(value, 'HttpResponse.setHeader'),
      );
      return null;
    }),
    method('getHeader', ['String'], 'String', (_ctx, self, [name]) =>
      response(self).getHeader(textArg(name, 'HttpResponse.getHeader')),
    ),
    method(
      'getHeaderKeys',
      [],
      'List<String>',
      (_ctx, self) => new ApexList(primitive('String'), response(self).headerNames()),
    ),
    method('setBody', ['String'], 'void', (_ctx, self, [body = null]) => {
      response(self).setBody(body === null ? null : textArg(body, 'HttpResponse.setBody'));
      return null;
    }),
    method('getBody', [], 'String', (ctx, self) => response(self).getBody(ctx)),
    method('setBodyAsBlob', ['Blob'], 'void', (_ctx, self, [body]) => {
      response(self).setBody(blobArg(body, 'HttpResponse.setBodyAsBlob'));
      return null;
    }),
    method('getBodyAsBlob', [], 'Blob', (_ctx, self) => response(self).getBodyAsBlob()),
    method('toString', [], 'String', (_ctx, self) => {
      const { status, statusCode } = response(self);
      return `System.HttpResponse[Status=${status ?? 'null'}, StatusCode=${statusCode}]`;
    }),
  ],
};
