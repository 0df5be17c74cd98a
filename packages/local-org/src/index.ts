/** The local org: seeded data and personas, and the @salesforce/apex endpoint logic. */
export { callAura, AuraRequestError, type AuraCall, type AuraResult } from './aura.ts';
export { runAnonymous } from './anonymous.ts';
export { PERSONAS, seedLocalOrg, type Persona, type SeededOrg } from './seed.ts';
export { connectGateway, GATEWAY_CREDENTIAL } from './gateway-connection.ts';
export { startLocalOrgServer, type LocalOrgServer } from './server.ts';
