// The base components' jest stubs (and c-error-panel) as the specs read them: stubs take their
// template attributes as properties.
import type { Stub } from './dom';

export type { Stub };

/** lightning-button. */
export type ButtonStub = Stub<{ label: string; variant: string; title: string; disabled: boolean }>;
/** lightning-button-icon. */
export type ButtonIconStub = Stub<{ alternativeText: string; title: string; disabled: boolean }>;
/** lightning-spinner. */
export type SpinnerStub = Stub<{ alternativeText: string }>;
/** lightning-icon. */
export type IconStub = Stub<{ iconName: string; variant: string }>;
/** lightning-card. */
export type CardStub = Stub<{ title: string }>;
/** lightning-formatted-date-time. */
export type DateTimeStub = Stub<{ value: string; second: string; timeZoneName: string }>;
/** c-error-panel. */
export type ErrorPanelStub = Stub<{ errors: unknown; friendlyMessage: string }>;
