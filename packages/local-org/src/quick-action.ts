/** The Send Securely quick action's metadata: its label and the component it opens. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

const QUICK_ACTION = 'force-app/main/default/quickActions/Case.Send_Securely.quickAction-meta.xml';

export interface QuickActionFacts {
  label: string;
  component: string;
}

export function sendSecurelyAction(repoRoot: string): QuickActionFacts {
  const xml = new XMLParser().parse(readFileSync(join(repoRoot, QUICK_ACTION), 'utf8')) as {
    QuickAction?: { label?: unknown; lightningWebComponent?: unknown };
  };
  const { label, lightningWebComponent } = xml.QuickAction ?? {};
  if (typeof label !== 'string' || typeof lightningWebComponent !== 'string') {
    throw new Error(`${QUICK_ACTION} has no label or lightningWebComponent`);
  }
  return { label, component: lightningWebComponent };
}
