/**
 * System.Http.send (https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_classes_restful_http_http.htm).
 *
 * Order of checks: the callout limit (100 per transaction, "Execution Governors and Limits"),
 * then pending work ("You can't make a callout when there are pending operations in the same
 * transaction. Things that result in pending operations are DML statements, asynchronous Apex
 * ..., scheduled Apex, or sending email", Callout Limits and Limitations,
 * https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_callouts_timeouts.htm).
 * In a test the response comes from the Test.setMock HttpCalloutMock; without one a test
 * callout fails as on the platform. Outside tests the SystemServices hook answers.
 */
import { method, type NativeClass, type NativeContext } from '../../natives.ts';
import { NativeObject, UnsupportedError, type ApexValue } from '../../values.ts';
import { currentLimits } from '../system/governor-limits.ts';
import { HttpRequestValue } from './http-request.ts';
import { HttpResponseValue } from './http-response.ts';

export class HttpValue extends NativeObject {
  readonly typeName = 'System.Http';
}

function send(ctx: NativeContext, request: ApexValue | undefined): HttpResponseValue {
  if (!(request instanceof HttpRequestValue)) throw new UnsupportedError('Http.send(null)');
  const runtime = ctx.runtime;
  const made = runtime.limits.callouts;
  if (made >= currentLimits(runtime).callouts) {
    throw ctx.error('System.LimitException', `Too many callouts: ${made + 1}`);
  }
  if (runtime.uncommittedWork) {
    throw ctx.error(
      'System.CalloutException',
      'You have uncommitted work pending. Please commit or rollback before calling out',
    );
  }
  runtime.limits.callouts = made + 1;
  const answer = runtime.test.isRunningTest
    ? mockResponse(ctx, request)
    : runtime.system.callout(request, ctx);
  if (!(answer instanceof HttpResponseValue)) {
    // A mock returning null: the platform's behaviour is not documented.
    throw new UnsupportedError('an HTTP callout answered with no HttpResponse');
  }
  return answer;
}

function mockResponse(ctx: NativeContext, request: HttpRequestValue): ApexValue {
  const mock = ctx.runtime.test.httpMock;
  if (mock === null) {
    throw ctx.error(
      'System.CalloutException',
      'Methods defined as TestMethod do not support Web service callouts',
    );
  }
  return ctx.invoke(mock, 'respond', [request]);
}

export const httpClass: NativeClass = {
  name: 'System.Http',
  constructors: [{ params: [], impl: () => new HttpValue() }],
  methods: [
    method('send', ['System.HttpRequest'], 'System.HttpResponse', (ctx, _self, [request]) =>
      send(ctx, request),
    ),
  ],
};
