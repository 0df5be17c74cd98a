/**
 * References of page layouts (`<Object>-<Layout Name>.layout-meta.xml`): the object, the fields
 * placed on it, the actions of its publisher and action bar, and `Child.LookupField` related lists.
 */
import { basename } from 'node:path';
import type { Diagnostic } from '../../lib/diagnostics.ts';
import { type XmlElement, childText, childrenNamed } from '../../lib/metadata-xml.ts';
import { safeDecode } from '../names.ts';
import { type CheckContext, descendantsNamed, finding, xmlFilesEnding } from '../context.ts';
import { STANDARD_BUTTONS, STANDARD_QUICK_ACTIONS } from '../standard-names.ts';
import { NOT_AN_OBJECT, knownObject, resolveField } from './fields.ts';

const SUFFIX = '.layout-meta.xml';

function isQuickAction(context: CheckContext, objectName: string, name: string): boolean {
  const lower = name.toLowerCase();
  if (STANDARD_QUICK_ACTIONS.has(lower)) return true;
  const dot = lower.indexOf('.');
  if (dot > 0) {
    // an object-qualified standard action such as Contact.LogACall
    if (STANDARD_QUICK_ACTIONS.has(lower.slice(dot + 1))) return true;
    return context.index.quickActions.has(name);
  }
  return (
    context.index.quickActions.has(`${objectName}.${name}`) || context.index.quickActions.has(name)
  );
}

export function checkLayouts(context: CheckContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const [file, xml] of xmlFilesEnding(context, SUFFIX)) {
    const layoutName = safeDecode(basename(file, SUFFIX));
    const who = `layout ${layoutName}`;
    const report = (at: XmlElement, message: string): void => {
      diagnostics.push(finding(file, at, `${who} ${message}`));
    };
    const dash = layoutName.indexOf('-');
    const objectName = dash > 0 ? layoutName.slice(0, dash) : layoutName;
    if (!knownObject(context, objectName)) {
      report(xml, `is a layout of ${objectName}, which is ${NOT_AN_OBJECT}`);
      continue;
    }

    const fields = [
      ...childrenNamed(xml, 'layoutSections').flatMap((section) =>
        descendantsNamed(section, 'field'),
      ),
      ...childrenNamed(xml, 'miniLayout').flatMap((mini) => childrenNamed(mini, 'fields')),
    ];
    for (const reference of fields) {
      const lookup = resolveField(context, objectName, reference.text);
      if ('problem' in lookup)
        report(reference, `places field ${reference.text}, ${lookup.problem}`);
    }

    for (const reference of descendantsNamed(xml, 'quickActionName')) {
      if (!isQuickAction(context, objectName, reference.text)) {
        report(
          reference,
          `lists action ${reference.text}, which is neither a quick action of this project nor a known standard action`,
        );
      }
    }

    for (const item of descendantsNamed(xml, 'platformActionListItems')) {
      const reference = childrenNamed(item, 'actionName')[0];
      if (!reference) continue;
      const type = childText(item, 'actionType');
      if (type === 'QuickAction' && !isQuickAction(context, objectName, reference.text)) {
        report(
          reference,
          `lists action ${reference.text}, which is neither a quick action of this project nor a known standard action`,
        );
      } else if (type === 'StandardButton' && !STANDARD_BUTTONS.has(reference.text.toLowerCase())) {
        report(
          reference,
          `lists standard button ${reference.text}, which is not a known standard button`,
        );
      } else if (
        type === 'CustomButton' &&
        !context.index.webLinks.has(`${objectName}.${reference.text}`)
      ) {
        report(
          reference,
          `lists custom button ${reference.text}, which is not a button or link of ${objectName} in this project`,
        );
      }
    }

    for (const entry of childrenNamed(xml, 'relatedLists')) {
      const reference = childrenNamed(entry, 'relatedList')[0];
      const dot = reference?.text.indexOf('.') ?? -1;
      // Standard related lists have platform names (RelatedActivityList); `Child.LookupField` ones resolve.
      if (!reference || dot <= 0) continue;
      const childObject = reference.text.slice(0, dot);
      const lookup = resolveField(context, childObject, reference.text.slice(dot + 1));
      if ('problem' in lookup) {
        report(reference, `shows related list ${reference.text}, ${lookup.problem}`);
        continue;
      }
      const target =
        lookup.field.apexType === 'Id'
          ? relationshipTarget(context, childObject, lookup.field.name)
          : undefined;
      if (target !== undefined && context.schema.key(target) !== context.schema.key(objectName)) {
        report(
          reference,
          `shows related list ${reference.text}, but that field looks up ${target}, not ${objectName}`,
        );
      }
    }
  }
  return diagnostics;
}

/** The object a project lookup field points at (undefined when unknown, e.g. standard fields). */
function relationshipTarget(
  context: CheckContext,
  objectName: string,
  fieldName: string,
): string | undefined {
  const object = knownObject(context, objectName);
  const relationship = object?.parentRelationships.get(
    context.schema.key(fieldName.replace(/__c$/i, '__r')),
  );
  return fieldName.toLowerCase().endsWith('__c') ? relationship?.target : undefined;
}
