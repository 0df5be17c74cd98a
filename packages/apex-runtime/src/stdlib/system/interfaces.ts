/**
 * System interfaces user classes implement (so `implements System.Queueable` resolves and
 * `instanceof` works), and the context objects async jobs receive. The interfaces declare no
 * methods here: the interpreter calls the user's implementation by name.
 */
import { method, type NativeClass } from '../../natives.ts';
import { NativeObject, type ApexValue } from '../../values.ts';

function markerInterface(name: string): NativeClass {
  return { name, methods: [] };
}

/** System.QueueableContext passed to Queueable.execute: getJobId() is the AsyncApexJob Id. */
export class QueueableContextValue extends NativeObject {
  readonly typeName = 'System.QueueableContext';
  constructor(readonly jobId: string) {
    super();
  }
}

/** System.SchedulableContext passed to Schedulable.execute: getTriggerId() is the CronTrigger Id. */
export class SchedulableContextValue extends NativeObject {
  readonly typeName = 'System.SchedulableContext';
  constructor(readonly triggerId: string) {
    super();
  }
}

function contextOf<T extends NativeObject>(self: ApexValue, kind: new (...args: never[]) => T): T {
  if (!(self instanceof kind)) throw new TypeError(`expected a ${kind.name}`);
  return self;
}

export const interfaceClasses: NativeClass[] = [
  markerInterface('System.Queueable'),
  markerInterface('System.Schedulable'),
  markerInterface('System.HttpCalloutMock'),
  markerInterface('System.StubProvider'),
  markerInterface('System.Comparable'),
  markerInterface('Database.AllowsCallouts'),
  // Marker only: Database.executeBatch is not implemented.
  markerInterface('Database.Batchable'),
  {
    name: 'System.QueueableContext',
    methods: [
      method('getJobId', [], 'Id', (_ctx, self) => contextOf(self, QueueableContextValue).jobId),
    ],
  },
  {
    name: 'System.SchedulableContext',
    methods: [
      method(
        'getTriggerId',
        [],
        'Id',
        (_ctx, self) => contextOf(self, SchedulableContextValue).triggerId,
      ),
    ],
  },
];
