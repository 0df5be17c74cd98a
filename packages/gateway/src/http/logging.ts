/**
 * What the gateway logs: method, route template, status, timing, tenant and credential ids.
 * Never bodies, query strings, headers or error messages: requests carry PHI, and so can
 * anything derived from them. Tests assert a canary sent in every field never reaches a log.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DestinationStream, LoggerOptions } from 'pino';

export function loggerOptions(level: string, stream?: DestinationStream) {
  const options: LoggerOptions = {
    level,
    // Belt and braces: nothing below should carry these, but if a future log call does, cut it.
    redact: {
      paths: ['req.headers', 'req.body', 'body', 'headers', 'authorization'],
      remove: true,
    },
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        route: request.routeOptions?.url ?? 'unmatched',
        requestId: request.id,
      }),
      res: (reply: FastifyReply) => ({ status: reply.statusCode }),
      err: (error: Error & { code?: string }) => ({ name: error.name, code: error.code }),
    },
  };
  return stream ? { ...options, stream } : options;
}
