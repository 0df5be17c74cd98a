/** One handler per contract operation (operationId -> handler); thin: the work is elsewhere. */
import type { KeyRing } from '../crypto/keyring.ts';
import type { Handler, HandlerInput } from '../http/operations.ts';
import { problems } from '../http/problem.ts';
import { type CreateMessageRequest, createMessage } from '../messages/create-message.ts';
import { revokeMessage } from '../messages/lifecycle.ts';
import { presentStatus } from '../messages/present.ts';
import { readContent } from '../messages/read-content.ts';
import type { PhiCounter } from '../policy/scan-pool.ts';
import type { GatewayStore } from '../store/gateway-store.ts';
import type { CredentialRecord } from '../store/records.ts';
import { auditPage, eventPage } from './feeds.ts';

export interface HandlerDeps {
  readonly store: GatewayStore;
  readonly keyRing: KeyRing;
  readonly clock: () => Date;
  readonly scanner: PhiCounter;
  readonly version: string;
  /** Wakes the delivery loop: a new message is due at once. */
  readonly onMessageCreated?: () => void;
}

export function buildHandlers(deps: HandlerDeps): Record<string, Handler> {
  return {
    getHealth: async () => {
      try {
        await deps.store.getTenant('');
      } catch {
        throw problems.unavailable('the database does not answer');
      }
      return { status: 200, body: { status: 'ok', version: deps.version } };
    },
    ping: async ({ credential }) => {
      const c = authenticated(credential);
      return {
        status: 200,
        body: {
          tenantId: c.tenantId,
          credentialId: c.id,
          scopes: c.scopes,
          serverTime: deps.clock().toISOString(),
        },
      };
    },
    createMessage: async ({ credential, headers, body }) => {
      const key = headers['idempotency-key'] as string;
      const outcome = await createMessage(
        deps,
        authenticated(credential),
        key,
        body as CreateMessageRequest,
      );
      if (!outcome.replayed) deps.onMessageCreated?.();
      return {
        status: 201,
        body: presentStatus(outcome.message),
        headers: {
          location: `/v1/messages/${outcome.message.id}`,
          ...(outcome.replayed ? { 'idempotent-replayed': 'true' } : {}),
        },
      };
    },
    getMessage: async ({ credential, params }) => {
      const tenantId = authenticated(credential).tenantId;
      const message = await deps.store.findMessage(tenantId, messageId(params));
      if (!message) throw problems.notFound('the message');
      const deliveries = await deps.store.listDeliveries(tenantId, message.id);
      return { status: 200, body: presentStatus(message, deliveries) };
    },
    revokeMessage: async ({ credential, params, body }) => {
      const { revokedBy } = body as { revokedBy: string };
      const tenantId = authenticated(credential).tenantId;
      const at = deps.clock().toISOString();
      const message = await revokeMessage(deps.store, tenantId, messageId(params), revokedBy, at);
      return { status: 200, body: presentStatus(message) };
    },
    getMessageContent: async ({ credential, params, headers }) => {
      const actingUser = headers['securesend-acting-user'] as string;
      const content = await readContent(
        deps,
        authenticated(credential),
        messageId(params),
        actingUser,
      );
      return { status: 200, body: content };
    },
    listEvents: async ({ credential, query }) => ({
      status: 200,
      body: await eventPage(deps.store, authenticated(credential).tenantId, query),
    }),
    listAudit: async ({ credential, query }) => ({
      status: 200,
      body: await auditPage(deps.store, authenticated(credential).tenantId, query),
    }),
  };
}

/** Operations that need a credential only run after authentication; this narrows the type. */
function authenticated(credential: CredentialRecord | undefined): CredentialRecord {
  if (!credential) throw problems.unauthenticated('a credential is required');
  return credential;
}

function messageId(params: HandlerInput['params']): string {
  return params['id'] as string;
}
