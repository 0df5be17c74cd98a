/**
 * References of Lightning pages (`.flexipage-meta.xml`) and custom tabs (`.tab-meta.xml`): a
 * page's object, its project components (`c:name`, which must expose the page's target) and the
 * actions its highlights panel lists; a tab's Lightning web component (which must expose
 * `lightning__Tab`). Standard components (`force:`, `flexipage:`, ...) are the platform's.
 */
import { basename } from 'node:path';
import type { Diagnostic } from '../../lib/diagnostics.ts';
import { type XmlElement, childText, childrenNamed } from '../../lib/metadata-xml.ts';
import { type CheckContext, descendantsNamed, finding, xmlFilesEnding } from '../context.ts';
import { STANDARD_BUTTONS, STANDARD_QUICK_ACTIONS } from '../standard-names.ts';
import { NOT_AN_OBJECT, knownObject } from './fields.ts';

const FLEXIPAGE_SUFFIX = '.flexipage-meta.xml';
const TAB_SUFFIX = '.tab-meta.xml';

/** The LWC target a component needs to be placed on a page of each FlexiPage type. */
const PAGE_TARGETS: Record<string, string> = {
  RecordPage: 'lightning__RecordPage',
  AppPage: 'lightning__AppPage',
  HomePage: 'lightning__HomePage',
  UtilityBar: 'lightning__UtilityBar',
};

/** `c:name` (or `<namespace>:name` of this project) -> `name`; undefined for other namespaces. */
function projectComponent(reference: string, namespace: string): string | undefined {
  const colon = reference.indexOf(':');
  if (colon < 0) return undefined;
  const prefix = reference.slice(0, colon).toLowerCase();
  return prefix === 'c' || (namespace !== '' && prefix === namespace.toLowerCase())
    ? reference.slice(colon + 1)
    : undefined;
}

function knownAction(context: CheckContext, name: string): boolean {
  return (
    context.index.quickActions.has(name) ||
    STANDARD_QUICK_ACTIONS.has(name.toLowerCase()) ||
    STANDARD_BUTTONS.has(name.toLowerCase())
  );
}

export function checkFlexiPages(context: CheckContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const [file, xml] of xmlFilesEnding(context, FLEXIPAGE_SUFFIX)) {
    const who = `Lightning page ${basename(file, FLEXIPAGE_SUFFIX)}`;
    const report = (at: XmlElement, message: string): void => {
      diagnostics.push(finding(file, at, `${who} ${message}`));
    };
    const objectElement = childrenNamed(xml, 'sobjectType')[0];
    if (objectElement && !knownObject(context, objectElement.text)) {
      report(objectElement, `is a page of ${objectElement.text}, which is ${NOT_AN_OBJECT}`);
    }
    const target = PAGE_TARGETS[childText(xml, 'type') ?? ''];

    for (const reference of descendantsNamed(xml, 'componentName')) {
      const name = projectComponent(reference.text, context.index.namespace);
      if (name === undefined) continue;
      const component = context.index.lwc.get(name);
      if (!component) {
        report(
          reference,
          `places component ${reference.text}, which is not a component in this project's lwc folder`,
        );
      } else if (target && !component.targets.includes(target)) {
        report(
          reference,
          `places component ${reference.text}, whose js-meta.xml does not expose the target ${target}`,
        );
      }
    }

    for (const property of descendantsNamed(xml, 'componentInstanceProperties')) {
      if (childText(property, 'name') !== 'actionNames') continue;
      for (const value of childrenNamed(property, 'valueList').flatMap((list) =>
        descendantsNamed(list, 'value'),
      )) {
        if (!knownAction(context, value.text)) {
          report(
            value,
            `lists action ${value.text}, which is neither a quick action of this project nor a known standard action or button`,
          );
        }
      }
    }
  }

  for (const [file, xml] of xmlFilesEnding(context, TAB_SUFFIX)) {
    for (const reference of childrenNamed(xml, 'lwcComponent')) {
      const component = context.index.lwc.get(reference.text);
      const who = `tab ${basename(file, TAB_SUFFIX)}`;
      if (!component) {
        diagnostics.push(
          finding(
            file,
            reference,
            `${who} shows Lightning web component ${reference.text}, which is not a component in this project's lwc folder`,
          ),
        );
      } else if (!component.targets.includes('lightning__Tab')) {
        diagnostics.push(
          finding(
            file,
            reference,
            `${who} shows Lightning web component ${reference.text}, whose js-meta.xml does not expose the target lightning__Tab`,
          ),
        );
      }
    }
  }
  return diagnostics;
}
