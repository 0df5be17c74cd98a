/**
 * Registers one route per contract operation and runs every request through the same steps:
 * rate limit -> authenticate -> scope -> validate against the contract -> handler -> validate
 * the response against the contract. A handler missing for an operation, or a handler for an
 * operation the contract lacks, stops the server at start-up.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Operation } from '../contract/openapi.ts';
import type { CredentialRecord } from '../store/records.ts';
import { authenticate, requireScope } from './auth.ts';
import { PROBLEM_CONTENT_TYPE, Problem, problems } from './problem.ts';
import type { FailureLimiter } from './rate-limit.ts';
import type { GatewayStore } from '../store/gateway-store.ts';

export interface HandlerInput {
  readonly credential: CredentialRecord | undefined;
  readonly params: Record<string, string>;
  readonly query: Record<string, unknown>;
  readonly headers: Record<string, string | undefined>;
  readonly body: unknown;
}

export interface HandlerResult {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Record<string, string>;
}

export type Handler = (input: HandlerInput) => Promise<HandlerResult>;

export interface OperationRuntime {
  readonly store: GatewayStore;
  readonly limiter: FailureLimiter;
  /** Called once per authenticated request (used for the credential-use audit). */
  readonly onAuthenticated: (credential: CredentialRecord) => Promise<void>;
}

export function registerOperations(
  app: FastifyInstance,
  contract: readonly Operation[],
  handlers: Readonly<Record<string, Handler>>,
  runtime: OperationRuntime,
): void {
  const known = new Set(contract.map((o) => o.operationId));
  const extra = Object.keys(handlers).filter((id) => !known.has(id));
  if (extra.length > 0)
    throw new Error(`handlers for operations not in openapi.yaml: ${extra.join(', ')}`);
  for (const operation of contract) {
    const handler = handlers[operation.operationId];
    if (!handler) throw new Error(`openapi.yaml operation ${operation.operationId} has no handler`);
    app.route({
      method: operation.method,
      url: operation.routePath,
      handler: (request, reply) => handle(operation, handler, runtime, request, reply),
    });
  }
}

async function handle(
  operation: Operation,
  handler: Handler,
  runtime: OperationRuntime,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  const client = request.ip;
  let result: HandlerResult;
  try {
    const retryAfter = runtime.limiter.retryAfter(client);
    if (retryAfter > 0) throw problems.tooManyRequests(retryAfter);
    let credential: CredentialRecord | undefined;
    if (operation.requiresAuth) {
      credential = await authenticate(runtime.store, request.headers.authorization);
      requireScope(credential, operation.scope);
      await runtime.onAuthenticated(credential);
    }
    const parts = {
      params: { ...(request.params as object) },
      query: { ...(request.query as object) },
      headers: { ...request.headers },
      body: request.body,
    };
    const issues = operation.validateRequest(parts);
    if (issues.length > 0) throw problems.invalidRequest(issues);
    result = await handler({
      credential,
      params: parts.params,
      query: parts.query,
      headers: parts.headers as Record<string, string | undefined>,
      body: parts.body,
    });
  } catch (error) {
    if (error instanceof Problem && (error.status === 401 || error.status === 404)) {
      runtime.limiter.recordFailure(client);
    }
    result = problemResult(error, request);
  }
  const contentType = result.status >= 400 ? PROBLEM_CONTENT_TYPE : 'application/json';
  const drift = operation.validateResponse(result.status, contentType, result.body);
  if (drift.length > 0) {
    // Never send what the contract does not describe: it would break the generated Apex.
    request.log.error(
      { operationId: operation.operationId, status: result.status, drift },
      'response violates openapi.yaml',
    );
    result = problemResult(problems.internal(), request);
  }
  void reply
    .code(result.status)
    .headers({ 'cache-control': 'no-store', ...result.headers })
    .type(result.status >= 400 ? PROBLEM_CONTENT_TYPE : 'application/json')
    .send(JSON.stringify(result.body));
}

export function problemResult(error: unknown, request: FastifyRequest): HandlerResult {
  if (error instanceof Problem) {
    return { status: error.status, body: error.body(request.url), headers: error.headers };
  }
  // Log the error's kind and call stack only: its message (the stack's first line) may quote data.
  const stack = (error as Error | undefined)?.stack?.split('\n').slice(1).join('\n');
  request.log.error({ errorName: (error as Error | undefined)?.name, stack }, 'unhandled error');
  const internal = problems.internal();
  return { status: 500, body: internal.body(request.url) };
}
