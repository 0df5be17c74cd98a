/**
 * Where a recipient domain's mail goes: its MX hosts by preference, or the domain itself when
 * it has none (RFC 5321 5.1). A static map (SECURESEND_SMTP_MX) replaces DNS for local runs and
 * tests: "example.org=127.0.0.1:2525,*=127.0.0.1:2526".
 */
import { promises as dns } from 'node:dns';

export interface MailHost {
  /** The name the certificate must match. */
  readonly name: string;
  readonly address: string;
  readonly port: number;
}

export type MailHostResolver = (domain: string) => Promise<MailHost[]>;

const SMTP_PORT = 25;

export function dnsMailHosts(port = SMTP_PORT): MailHostResolver {
  return async (domain) => {
    try {
      const records = await dns.resolveMx(domain);
      if (records.length > 0) {
        return records
          .sort((a, b) => a.priority - b.priority)
          .filter((r) => r.exchange !== '' && r.exchange !== '.')
          .map((r) => ({ name: r.exchange, address: r.exchange, port }));
      }
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== 'ENODATA' && code !== 'ENOTFOUND') throw error;
      if (code === 'ENOTFOUND') return [];
    }
    return [{ name: domain, address: domain, port }];
  };
}

/** Parses "domain=host:port,..." ("*" matches any domain); the message names a bad entry. */
export function staticMailHosts(spec: string): MailHostResolver {
  const table = new Map<string, MailHost>();
  for (const entry of spec
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const match = /^(\*|[a-z0-9.-]+)=([A-Za-z0-9.-]+|\[[0-9a-fA-F:]+\]):(\d{1,5})$/.exec(entry);
    const port = Number(match?.[3]);
    if (!match || port < 1 || port > 65535) {
      throw new Error(
        `SECURESEND_SMTP_MX entry ${JSON.stringify(entry)} must look like domain=host:port (or *=host:port)`,
      );
    }
    const host = match[2]!.replace(/^\[|\]$/g, '');
    table.set(match[1]!, { name: host, address: host, port });
  }
  return (domain) => {
    const host = table.get(domain) ?? table.get('*');
    return Promise.resolve(host ? [host] : []);
  };
}
