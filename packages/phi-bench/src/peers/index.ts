import type { Detector } from '../types.ts';
import { createOpenRedaction } from './openredaction.ts';
import { createRedactPii } from './redact-pii.ts';
import { createRedactPiiNode } from './redactpii-node.ts';

/** redact-pii comes first: the throughput target is a ratio to it. */
export const REDACT_PII = 'redact-pii';

/** Peer name -> factory (names as printed; workers re-create a peer from its name). */
export const PEER_FACTORIES: ReadonlyMap<string, () => Detector> = new Map([
  [REDACT_PII, createRedactPii],
  ['@redactpii/node', createRedactPiiNode],
  ['openredaction', () => createOpenRedaction('default')],
  ['openredaction (hipaa)', () => createOpenRedaction('hipaa')],
]);

export function createPeer(name: string): Detector {
  const factory = PEER_FACTORIES.get(name);
  if (factory === undefined) throw new Error(`unknown peer ${name}`);
  const peer = factory();
  if (peer.name !== name) throw new Error(`peer ${name} names itself ${peer.name}`);
  return peer;
}

export function createPeers(): Detector[] {
  return [...PEER_FACTORIES.keys()].map(createPeer);
}
