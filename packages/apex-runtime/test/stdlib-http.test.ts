/**
 * System.Http, HttpRequest and HttpResponse end to end: mock responses in tests, the errors a
 * callout can raise, and the callout hook outside tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HttpRequestValue, HttpResponseValue } from '../src/stdlib/http/index.ts';
import { UnsupportedError, type ApexValue } from '../src/values.ts';
import { apexError, itemsOf, load, runApex } from './stdlib-system-harness.ts';

const MOCK = `public class Mock implements HttpCalloutMock {
  public static List<HttpRequest> seen = new List<HttpRequest>();
  public HttpResponse respond(HttpRequest request) {
    seen.add(request);
    if (request.getEndpoint().endsWith('/fail')) throw new CalloutException('Read timed out');
    if (request.getEndpoint().endsWith('/null')) return null;
    HttpResponse response = new HttpResponse();
    response.setStatusCode(201);
    response.setStatus('Created');
    response.setHeader('Content-Type', 'application/json');
    response.setBody('{"echo":"' + request.getBody() + '"}');
    return response;
  }
}`;

const CLASSES = { 'Mock.cls': MOCK };

function send(endpoint: string): string {
  return `HttpRequest request = new HttpRequest(); request.setEndpoint('${endpoint}'); request.setMethod('POST');
    request.setBody('hi'); HttpResponse response = new Http().send(request);`;
}

// https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_classes_restful_http_httprequest.htm
describe('System.HttpRequest', () => {
  it('keeps endpoint, method, headers (case-insensitive names), body and compression', () => {
    const body = `HttpRequest r = new HttpRequest();
      r.setEndpoint('callout:SecureSend/v1/messages'); r.setMethod('POST');
      r.setHeader('Idempotency-Key', 'k1'); r.setHeader('Content-Type', 'application/json');
      r.setBody('{}'); r.setCompressed(true); r.setTimeout(120000);
      return new List<Object>{ r.getEndpoint(), r.getMethod(), r.getHeader('idempotency-key'), r.getHeader('Accept'),
        r.getBody(), r.getBodyAsBlob().size(), r.getCompressed(), r.toString() };`;
    assert.deepEqual(itemsOf(runApex(body).value), [
      'callout:SecureSend/v1/messages',
      'POST',
      'k1',
      null,
      '{}',
      2,
      true,
      'System.HttpRequest[Endpoint=callout:SecureSend/v1/messages, Method=POST]',
    ]);
  });

  it('a Blob body reads back as text', () => {
    assert.equal(
      runApex(
        "HttpRequest r = new HttpRequest(); r.setBodyAsBlob(Blob.valueOf('é')); return r.getBody();",
      ).value,
      'é',
    );
  });

  it('a timeout outside 1..120000 ms is unsupported (the platform error text is undocumented)', () => {
    assert.throws(
      () => runApex('new HttpRequest().setTimeout(120001); return null;'),
      UnsupportedError,
    );
    assert.throws(() => runApex('new HttpRequest().setTimeout(0); return null;'), UnsupportedError);
  });
});

// https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_classes_restful_http_httpresponse.htm
describe('System.HttpResponse', () => {
  it('starts with status code 0 and no status, body or headers', () => {
    const list = runApex(
      'HttpResponse r = new HttpResponse(); return new List<Object>{ r.getStatusCode(), r.getStatus(), r.getBody(), r.getHeaderKeys().size(), r.toString() };',
    ).value;
    assert.deepEqual(itemsOf(list), [
      0,
      null,
      null,
      0,
      'System.HttpResponse[Status=null, StatusCode=0]',
    ]);
  });

  it('keeps what a mock sets', () => {
    const body = `HttpResponse r = new HttpResponse(); r.setStatusCode(200); r.setStatus('OK');
      r.setHeader('X-Replayed', 'true'); r.setBodyAsBlob(Blob.valueOf('{}'));
      return new List<Object>{ r.getStatusCode(), r.getStatus(), r.getHeader('x-replayed'), r.getHeaderKeys(), r.getBody(), r.toString() };`;
    const list = itemsOf(runApex(body).value);
    assert.equal(list.length, 6);
    assert.deepEqual(
      [list[0], list[1], list[2], list[4], list[5]],
      [200, 'OK', 'true', '{}', 'System.HttpResponse[Status=OK, StatusCode=200]'],
    );
    assert.deepEqual(itemsOf(list[3] ?? null), ['X-Replayed']);
  });
});

// https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_classes_restful_http_testing_httpcalloutmock.htm
describe('System.Http.send', () => {
  it('in a test, answers from the Test.setMock HttpCalloutMock and counts the callout', () => {
    const { value, run } = runApex(
      `System.Test.setMock(HttpCalloutMock.class, new Mock()); ${send('callout:Gateway/v1/x')}
       return response.getStatusCode() + ' ' + response.getBody() + ' ' + Limits.getCallouts() + ' ' + Mock.seen[0].getMethod();`,
      'String',
      CLASSES,
    );
    assert.equal(value, '201 {"echo":"hi"} 1 POST');
    assert.ok(run.session.test.httpMock);
  });

  it('in a test without a mock, fails as the platform does', () => {
    assert.deepEqual(apexError(send('https://example.com')), {
      type: 'System.CalloutException',
      message: 'Methods defined as TestMethod do not support Web service callouts',
    });
  });

  it('after DML in the same transaction, fails with pending work', () => {
    assert.deepEqual(
      apexError(
        `insert new Account(Name = 'a'); System.Test.setMock(HttpCalloutMock.class, new Mock()); ${send('callout:G/x')}`,
        CLASSES,
      ),
      {
        type: 'System.CalloutException',
        message: 'You have uncommitted work pending. Please commit or rollback before calling out',
      },
    );
  });

  it('DML before Test.startTest does not block a mock callout after it', () => {
    const { value } = runApex(
      `insert new Account(Name = 'a'); System.Test.startTest(); System.Test.setMock(HttpCalloutMock.class, new Mock());
       ${send('callout:G/x')} System.Test.stopTest(); return response.getStatusCode();`,
      'Integer',
      CLASSES,
    );
    assert.equal(value, 201);
  });

  it('an exception the mock throws reaches the caller', () => {
    const caught = runApex(
      `System.Test.setMock(HttpCalloutMock.class, new Mock());
       try { ${send('callout:G/fail')} return 'no error'; } catch (CalloutException e) { return e.getMessage(); }`,
      'String',
      CLASSES,
    ).value;
    assert.equal(caught, 'Read timed out');
  });

  it('a mock returning null is unsupported', () => {
    assert.throws(
      () =>
        runApex(
          `System.Test.setMock(HttpCalloutMock.class, new Mock()); ${send('callout:G/null')} return null;`,
          'Object',
          CLASSES,
        ),
      UnsupportedError,
    );
  });

  it('allows 100 callouts per transaction', () => {
    const body = `System.Test.setMock(HttpCalloutMock.class, new Mock());
      for (Integer i = 0; i < 101; i++) { new Http().send(new HttpRequest()); }`;
    const mock = {
      'Mock.cls': MOCK.replace(
        "if (request.getEndpoint().endsWith('/fail'))",
        'if (false)',
      ).replace("if (request.getEndpoint().endsWith('/null'))", 'if (false)'),
    };
    assert.deepEqual(apexError(body, mock), {
      type: 'System.LimitException',
      message: 'Too many callouts: 101',
    });
  });

  it('Test.setMock for other mock interfaces is unsupported', () => {
    assert.throws(
      () =>
        runApex(
          'System.Test.setMock(Schedulable.class, new Mock()); return null;',
          'Object',
          CLASSES,
        ),
      UnsupportedError,
    );
  });

  it('outside a test, goes to the SystemServices callout hook (unsupported by default)', () => {
    const run = load(
      {
        'T.cls': `public class T { public static Integer run() { ${send('callout:G/x')} return response.getStatusCode(); } }`,
      },
      { isRunningTest: false },
    );
    assert.throws(
      () => run.call('T', 'run'),
      /HTTP callout outside a test without a callout handler/,
    );
  });

  it('the hook receives the HttpRequest and its HttpResponse is returned', () => {
    const seen: ApexValue[] = [];
    const answer = new HttpResponseValue();
    answer.statusCode = 204;
    const callout = (request: ApexValue): ApexValue => {
      seen.push(request);
      return answer;
    };
    const source = `public class T { public static Integer run() { ${send('callout:G/x')} return response.getStatusCode(); } }`;
    const run = load({ 'T.cls': source }, { isRunningTest: false, callout });
    assert.equal(run.call('T', 'run'), 204);
    const [request] = seen;
    assert.ok(request instanceof HttpRequestValue);
    assert.equal(request.endpoint, 'callout:G/x');
    assert.equal(run.session.limits.callouts, 1);
  });
});
