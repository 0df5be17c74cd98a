/**
 * The platform modules the page's own components import, as page-build/platform-modules.ts
 * provides them: `@salesforce/apex` from localorg/apexTransport, and the page's Apex methods
 * (apex/LocalOrgCasePage.cls) with the records they return.
 */
declare module '@salesforce/apex' {
  export { refreshApex, getSObjectValue } from 'localorg/apexTransport';
}

declare module '@salesforce/apex/LocalOrgCasePage.getCase' {
  import type { WireAdapterConstructor } from 'lwc';
  import type { ApexCallError } from 'localorg/apexTransport';

  export interface LocalOrgCase {
    Id: string;
    CaseNumber?: string;
    Subject?: string;
    Description?: string;
    Status?: string;
    Priority?: string;
    Origin?: string;
    Contact?: { Name?: string; Email?: string; Phone?: string };
  }
  export interface WiredCase {
    data?: LocalOrgCase;
    error?: ApexCallError;
  }
  const getCase: ((params: { caseId: string }) => Promise<LocalOrgCase>) &
    WireAdapterConstructor<{ caseId: string }, WiredCase>;
  export default getCase;
}

declare module '@salesforce/apex/LocalOrgCasePage.listCases' {
  import type { WireAdapterConstructor } from 'lwc';
  import type { ApexCallError } from 'localorg/apexTransport';

  export interface LocalOrgCaseRow {
    Id: string;
    CaseNumber?: string;
    Subject?: string;
  }
  export interface WiredCases {
    data?: LocalOrgCaseRow[];
    error?: ApexCallError;
  }
  const listCases: (() => Promise<LocalOrgCaseRow[]>) &
    WireAdapterConstructor<Record<string, never>, WiredCases>;
  export default listCases;
}
