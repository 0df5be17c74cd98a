/** The Apex type of an sObject field, from its describe type. */
import type { FieldDef } from '../org/index.ts';
import { primitive, type ApexType } from '../values.ts';

export function fieldTypeOf(field: FieldDef): ApexType {
  switch (field.type) {
    case 'ID':
    case 'REFERENCE':
      return primitive('Id');
    case 'BOOLEAN':
      return primitive('Boolean');
    case 'DATE':
      return primitive('Date');
    case 'DATETIME':
      return primitive('Datetime');
    case 'TIME':
      return primitive('Time');
    case 'DOUBLE':
    case 'CURRENCY':
    case 'PERCENT':
      return primitive('Decimal');
    case 'INTEGER':
      return primitive('Integer');
    case 'LONG':
      return primitive('Long');
    case 'BASE64':
      return primitive('Blob');
    default:
      return primitive('String');
  }
}
