/**
 * What `@salesforce/apex/<Class>.<method>` and `@salesforce/apex` are in the local org: each
 * call is a POST to the local org's /api/apex, which runs the real package Apex as the page's
 * persona. Results and errors take Lightning's shapes: a rejected call gives
 * `{ status, statusText, ok: false, body: { message, exceptionType } }`. Cacheable methods are
 * also wire adapters (`{ data, error }`, refreshed by refreshApex). Unlike Lightning, nothing is
 * cached in the browser: every call and refresh reaches the Apex.
 */
import { currentPersona } from 'localorg/session';

export interface ApexCallError {
  status: number;
  statusText: string;
  ok: false;
  headers: Record<string, string>;
  body: { message: string; exceptionType?: string };
}

type Params = Record<string, unknown> | undefined;

function callError(status: number, statusText: string, body: ApexCallError['body']): ApexCallError {
  return { status, statusText, ok: false, headers: {}, body };
}

async function invokeApex(classname: string, method: string, params: Params): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch('/api/apex', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ classname, method, params: params ?? {}, persona: currentPersona() }),
    });
  } catch {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- Lightning rejects an Apex call with this plain object, not an Error
    throw callError(0, 'Disconnected', { message: 'Disconnected or Canceled' });
  }
  const payload = (await response.json().catch(() => ({}))) as {
    returnValue?: unknown;
    body?: ApexCallError['body'];
    message?: string;
  };
  if (response.ok) return payload.returnValue;
  // 500: the Apex threw ({ body: { exceptionType, message } }); 400: the request was refused.
  const body = response.status === 500 ? payload.body : { message: payload.message ?? '' };
  const message = body?.message ?? '';
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- as above: Lightning's shape
  throw callError(response.status, response.statusText, {
    message: message !== '' ? message : `The local org answered ${String(response.status)}`,
    ...(body?.exceptionType ? { exceptionType: body.exceptionType } : {}),
  });
}

interface WiredValue {
  data?: unknown;
  error?: unknown;
}

/** The adapter that provisioned each wired value, for refreshApex. */
const provisioners = new WeakMap<object, ApexWireAdapter>();

class ApexWireAdapter {
  private connected = false;
  private config: Params;
  private hasConfig = false;
  /** Only the newest request may provision (an older answer arriving late is dropped). */
  private sequence = 0;

  constructor(
    private readonly classname: string,
    private readonly method: string,
    private readonly provision: (value: WiredValue) => void,
  ) {}

  connect(): void {
    this.connected = true;
    if (this.hasConfig) this.loadInBackground();
  }

  disconnect(): void {
    this.connected = false;
  }

  update(config: Params): void {
    this.config = config;
    this.hasConfig = true;
    if (this.connected) this.loadInBackground();
  }

  /** load() never rejects (failures are provisioned as `error`); nothing waits for it here. */
  private loadInBackground(): void {
    this.load().catch(() => undefined);
  }

  /** Fetches and provisions; resolves when provisioned (refreshApex waits for this). */
  async load(): Promise<void> {
    // As in Lightning, a wire whose reactive parameter is still undefined does not call Apex.
    if (Object.values(this.config ?? {}).some((value) => value === undefined)) return;
    this.sequence += 1;
    const mine = this.sequence;
    let value: WiredValue;
    try {
      value = {
        data: await invokeApex(this.classname, this.method, this.config),
        error: undefined,
      };
    } catch (error) {
      value = { data: undefined, error };
    }
    if (mine !== this.sequence || !this.connected) return;
    provisioners.set(value, this);
    this.provision(value);
  }
}

/** The default export of `@salesforce/apex/<Class>.<method>`. */
export function auraEnabledMethod(
  classname: string,
  method: string,
  cacheable: boolean,
): (params?: Params) => Promise<unknown> {
  const call = (params?: Params) => invokeApex(classname, method, params);
  if (cacheable) {
    // A callable wire adapter: the engine reads `.adapter` for @wire.
    Object.defineProperty(call, 'adapter', {
      value: class extends ApexWireAdapter {
        constructor(provision: (value: WiredValue) => void) {
          super(classname, method, provision);
        }
      },
    });
  }
  return call;
}

/** `refreshApex`: re-runs the wire that provisioned `value` and resolves once it re-provisioned. */
export function refreshApex(value: unknown): Promise<void> {
  const adapter = typeof value === 'object' && value !== null ? provisioners.get(value) : undefined;
  return adapter ? adapter.load() : Promise.resolve();
}

/** `getSObjectValue`: a field of a record Apex returned, following relationship paths. */
export function getSObjectValue(
  record: Readonly<Record<string, unknown>>,
  field: string | { fieldApiName: string },
): unknown {
  const name = typeof field === 'string' ? field : field.fieldApiName;
  // 'Case.Contact.Name' and 'Contact.Name' both name the path from the record.
  const path = name.split('.');
  let current: unknown = record;
  for (const [index, part] of path.entries()) {
    if (typeof current !== 'object' || current === null) return undefined;
    const fields = current as Record<string, unknown>;
    if (index === 0 && path.length > 1 && !(part in fields)) continue;
    current = fields[part];
  }
  return current;
}
