/**
 * Builds the gateway's HTTP server (not listening yet): contract-driven routes, problem+json
 * for every error the framework raises before a handler runs, and PHI-free logging.
 */
import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyInstance } from 'fastify';
import { pino, type DestinationStream } from 'pino';
import { type Operation, loadContract } from './contract/openapi.ts';
import type { KeyRing } from './crypto/keyring.ts';
import { CredentialUseAuditor } from './audit/credential-use.ts';
import type { MailSender } from './delivery/mail-sender.ts';
import { loggerOptions } from './http/logging.ts';
import { registerOperations, problemResult } from './http/operations.ts';
import { PROBLEM_CONTENT_TYPE, type Problem, problems } from './http/problem.ts';
import { FailureLimiter } from './http/rate-limit.ts';
import { type PhiCounter, ScanPool } from './policy/scan-pool.ts';
import { registerOutboxPage } from './portal/outbox-page.ts';
import { DEFAULT_PORTAL_POLICY, type PortalPolicy } from './portal/recipient-access.ts';
import { registerPortal } from './portal/routes.ts';
import { buildHandlers } from './routes/handlers.ts';
import type { GatewayStore } from './store/gateway-store.ts';

/** Apex can send at most 6 MB in a synchronous callout; the contract's limits fit inside. */
export const BODY_LIMIT_BYTES = 6 * 1024 * 1024;

export interface GatewayOptions {
  readonly store: GatewayStore;
  readonly keyRing: KeyRing;
  readonly clock?: () => Date;
  readonly logLevel?: string;
  readonly logStream?: DestinationStream;
  readonly contract?: readonly Operation[];
  /** Failed authentications or unknown ids per client address per minute before 429. */
  readonly maxFailuresPerMinute?: number;
  /** The server-side PHI scan; by default a pool of worker threads the gateway closes itself. */
  readonly scanner?: PhiCounter;
  /** Worker threads for the default scanner (default: one per core). */
  readonly scanThreads?: number;
  /** The recipient portal (/p/...); it emails one-time codes through `sender`. */
  readonly portal?: {
    readonly sender: MailSender;
    readonly policy?: PortalPolicy;
    /** The local outbox's folder: serves /outbox to loopback clients. */
    readonly outboxDir?: string;
  };
  /** Called after a new message is stored (the delivery loop's nudge). */
  readonly onMessageCreated?: () => void;
}

export const GATEWAY_VERSION = '1.0.0';

export function buildGateway(options: GatewayOptions): FastifyInstance {
  const clock = options.clock ?? (() => new Date());
  const logger: FastifyBaseLogger = pino(
    loggerOptions(options.logLevel ?? 'info'),
    options.logStream ?? process.stdout,
  );
  const app = Fastify({
    loggerInstance: logger,
    bodyLimit: BODY_LIMIT_BYTES,
    return503OnClosing: true,
  });
  const contract = options.contract ?? loadContract();
  const credentialUse = new CredentialUseAuditor(options.store, clock);
  let scanner = options.scanner;
  if (!scanner) {
    const pool = new ScanPool(options.scanThreads);
    app.addHook('onClose', () => pool.close());
    scanner = pool;
  }
  registerOperations(
    app,
    contract,
    buildHandlers({ ...options, clock, scanner, version: GATEWAY_VERSION }),
    {
      store: options.store,
      limiter: new FailureLimiter(options.maxFailuresPerMinute ?? 30, 60_000),
      onAuthenticated: (credential) => credentialUse.record(credential),
    },
  );
  if (options.portal) {
    registerPortal(app, {
      store: options.store,
      keyRing: options.keyRing,
      clock,
      sender: options.portal.sender,
      policy: options.portal.policy ?? DEFAULT_PORTAL_POLICY,
    });
    if (options.portal.outboxDir) registerOutboxPage(app, options.portal.outboxDir);
  }
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const result = problemResult(frameworkProblem(error) ?? error, request);
    void reply
      .code(result.status)
      .headers({ 'cache-control': 'no-store', ...result.headers })
      .type(PROBLEM_CONTENT_TYPE)
      .send(JSON.stringify(result.body));
  });
  app.setNotFoundHandler((request, reply) => {
    const result = problemResult(problems.notFound(`${request.method} route`), request);
    void reply.code(404).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(result.body));
  });
  return app;
}

/** Errors Fastify raises while reading a request, as problems that never quote the body. */
function frameworkProblem(error: FastifyError): Problem | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problems.tooLarge(`the request body is over ${BODY_LIMIT_BYTES} bytes`);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problems.unsupportedMediaType('send the request body as application/json');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problems.badRequest('empty-body', 'the request body is empty; send a JSON object');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return problems.badRequest('bad-content-length', 'Content-Length does not match the body');
    default:
      if (error instanceof SyntaxError || error.statusCode === 400) {
        return problems.badRequest('malformed-json', 'the request body is not valid JSON');
      }
      return undefined;
  }
}
