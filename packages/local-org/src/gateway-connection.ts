/**
 * Points the local org's callouts at a gateway: the named credential of the package resolves to
 * `url`, authenticated with `apiKey` through its external credential's AuthHeader.
 */
import { join } from 'node:path';
import type { ProjectRuntime } from '@securesend/apex-runtime';
import { createCalloutHandler } from './callouts.ts';
import { resolveCredential } from './credentials.ts';

export const GATEWAY_CREDENTIAL = 'SecureSend_Gateway';

export function connectGateway(
  runtime: ProjectRuntime,
  repoRoot: string,
  gateway: { url: string; apiKey: string },
): void {
  const credential = resolveCredential(
    join(repoRoot, 'force-app', 'main', 'default'),
    GATEWAY_CREDENTIAL,
    {
      url: gateway.url,
      parameters: { ApiKey: gateway.apiKey },
    },
  );
  runtime.system.calloutHandler = createCalloutHandler(
    new Map([[GATEWAY_CREDENTIAL.toLowerCase(), credential]]),
  );
}
