/**
 * References of quick actions (`<Object>.<Name>.quickAction-meta.xml`, or `<Name>` for global
 * ones): the object, the Lightning web component (which must expose the action target), the flow,
 * and the fields of overrides and of the action layout.
 */
import { basename } from 'node:path';
import type { Diagnostic } from '../../lib/diagnostics.ts';
import { type XmlElement, childText, childrenNamed } from '../../lib/metadata-xml.ts';
import { safeDecode } from '../names.ts';
import { type CheckContext, descendantsNamed, finding, xmlFilesEnding } from '../context.ts';
import { NOT_AN_OBJECT, knownObject, resolveField } from './fields.ts';

const SUFFIX = '.quickAction-meta.xml';

/** `c:name`, `c__name` and `ns__name` all name the component `name`. */
function componentName(reference: string): string {
  return reference.replace(/^c:/, '').replace(/^c__/, '');
}

export function checkQuickActions(context: CheckContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const [file, xml] of xmlFilesEnding(context, SUFFIX)) {
    const actionName = safeDecode(basename(file, SUFFIX));
    const who = `quick action ${actionName}`;
    const report = (at: XmlElement, message: string): void => {
      diagnostics.push(finding(file, at, `${who} ${message}`));
    };
    const dot = actionName.indexOf('.');
    const objectName = dot > 0 ? actionName.slice(0, dot) : undefined;
    let objectKnown = true;
    if (objectName && !knownObject(context, objectName)) {
      report(xml, `is declared on object ${objectName}, which is ${NOT_AN_OBJECT}`);
      objectKnown = false;
    }

    for (const reference of childrenNamed(xml, 'lightningWebComponent')) {
      const component = context.index.lwc.get(componentName(reference.text));
      const target = objectName ? 'lightning__RecordAction' : 'lightning__GlobalAction';
      if (!component) {
        report(
          reference,
          `opens Lightning web component ${reference.text}, which is not a component in this project's lwc folder`,
        );
      } else if (!component.targets.includes(target)) {
        report(
          reference,
          `opens Lightning web component ${reference.text}, whose js-meta.xml does not expose the target ${target}`,
        );
      }
    }

    for (const reference of childrenNamed(xml, 'flowDefinition')) {
      if (!context.index.flows.has(reference.text)) {
        report(reference, `runs flow ${reference.text}, which is not a flow in this project`);
      }
    }

    // Create actions set fields of the object they create; others of the object they're on.
    const targetObject = childText(xml, 'targetObject') ?? (objectKnown ? objectName : undefined);
    const targetElement = childrenNamed(xml, 'targetObject')[0];
    if (targetElement && !knownObject(context, targetElement.text)) {
      report(targetElement, `creates ${targetElement.text}, which is ${NOT_AN_OBJECT}`);
      continue;
    }
    if (!targetObject) continue;
    const fieldReferences = [
      ...childrenNamed(xml, 'fieldOverrides').flatMap((override) =>
        childrenNamed(override, 'field'),
      ),
      ...childrenNamed(xml, 'quickActionLayout').flatMap((layout) =>
        descendantsNamed(layout, 'field'),
      ),
    ];
    for (const reference of fieldReferences) {
      const lookup = resolveField(context, targetObject, reference.text);
      if ('problem' in lookup) report(reference, `uses field ${reference.text}, ${lookup.problem}`);
    }
  }
  return diagnostics;
}
