/**
 * The page's toasts, as Lightning Experience shows them: newest on top, an icon per variant,
 * a close button, announced to screen readers.
 */
import { LightningElement, api } from 'lwc';

export interface PageToast {
  id: number;
  title: string;
  message: string;
  variant: 'info' | 'success' | 'warning' | 'error';
}

const ICONS: Record<PageToast['variant'], string> = {
  info: 'utility:info',
  success: 'utility:success',
  warning: 'utility:warning',
  error: 'utility:error',
};

export default class ToastStack extends LightningElement {
  @api toasts: PageToast[] = [];

  get items(): (PageToast & { className: string; icon: string; role: string })[] {
    return this.toasts.map((toast) => ({
      ...toast,
      className: `slds-notify slds-notify_toast slds-theme_${toast.variant} toast`,
      icon: ICONS[toast.variant],
      role: toast.variant === 'error' ? 'alert' : 'status',
    }));
  }

  handleClose(event: Event): void {
    const id = Number((event.currentTarget as HTMLElement).dataset.id);
    this.dispatchEvent(new CustomEvent('dismiss', { detail: { id } }));
  }
}
