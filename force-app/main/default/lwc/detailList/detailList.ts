import { LightningElement, api } from 'lwc';

/** One label/value pair of a {@link DetailList}. */
export interface DetailItem {
  /** Unique within the list; also the value's `data-field`. */
  readonly key: string;
  readonly label: string;
  /** The value as text; shown when there is no `dateTime`. */
  readonly value?: string | number | null;
  /** An ISO date-time, shown formatted in the user's locale and time zone. */
  readonly dateTime?: string | null;
  /** Show `dateTime` to the second, with the time zone (default: to the minute). */
  readonly precise?: boolean;
  /** Leave the pair out when it has neither a date-time nor a truthy value. */
  readonly optional?: boolean;
  /** Extra classes of the value, e.g. `slds-text-color_error`. */
  readonly valueClass?: string;
}

/** A pair as the template renders it. */
interface DetailRow {
  readonly key: string;
  readonly labelKey: string;
  readonly label: string;
  readonly text: string;
  readonly dateTime: string | undefined;
  /** `2-digit` for a precise date-time; otherwise unset, so the seconds are not shown. */
  readonly second: string | undefined;
  /** `short` for a precise date-time; otherwise unset, so the time zone is not shown. */
  readonly timeZoneName: string | undefined;
  readonly valueClass: string;
}

function hasContent(item: DetailItem): boolean {
  return Boolean(item.dateTime) || Boolean(item.value);
}

/**
 * A horizontal SLDS description list of label/value pairs (message details, sync state,
 * connection test results): each value is text or a formatted date-time.
 */
export default class DetailList extends LightningElement {
  /** The pairs, in order. */
  @api items: readonly DetailItem[] | null | undefined = [];

  get rows(): DetailRow[] {
    return (this.items ?? [])
      .filter((item) => item.optional !== true || hasContent(item))
      .map((item) => ({
        key: item.key,
        labelKey: `${item.key}-label`,
        label: item.label,
        text: item.value == null ? '' : String(item.value),
        dateTime: item.dateTime ?? undefined,
        second: item.precise === true ? '2-digit' : undefined,
        timeZoneName: item.precise === true ? 'short' : undefined,
        valueClass: item.valueClass ? `slds-item_detail ${item.valueClass}` : 'slds-item_detail',
      }));
  }
}
