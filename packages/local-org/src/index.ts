/** The local org: seeded data and personas, the package's Apex behind a Lightning page, the gateway. */
export {
  callAura,
  auraMethodFacts,
  AuraRequestError,
  type AuraCall,
  type AuraResult,
} from './aura.ts';
export { runAnonymous } from './anonymous.ts';
export { addApexClass, addPageApex } from './apex-classes.ts';
export { PERSONAS, seedLocalOrg, type Persona, type SeededOrg } from './seed.ts';
export { connectGateway, GATEWAY_CREDENTIAL } from './gateway-connection.ts';
export { startGatewayProcess, type GatewayProcess } from './gateway-process.ts';
export { startLocalOrg, type LocalOrgOptions, type RunningLocalOrg } from './local-org.ts';
export { LocalScheduler, type SchedulerTick } from './scheduler.ts';
export { bundleHostPage } from './page-build/bundle-page.ts';
export { readOutbox, type InboxMail } from './outbox.ts';
export {
  startLocalOrgServer,
  type LocalOrgServer,
  type LocalOrgServerOptions,
  type LocalOrgPage,
} from './server.ts';
