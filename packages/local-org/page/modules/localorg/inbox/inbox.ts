/**
 * The recipients' inbox: every email the local gateway sent (its outbox), newest first, as a
 * mail client lists them. The open email's links are live: a pickup link opens the gateway's
 * real portal. Re-reads the outbox every few seconds while shown.
 */
import { LightningElement } from 'lwc';

interface Mail {
  id: string;
  to: string;
  subject: string;
  text: string;
  savedAt: string;
}

interface TextPart {
  key: number;
  text: string;
  href?: string;
}

const POLL_MS = 3000;
const LINK = /(https?:\/\/[^\s<>"]+)/g;

export default class Inbox extends LightningElement {
  mail: Mail[] = [];
  selectedId: string | undefined;
  loadError: string | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;

  connectedCallback(): void {
    this.reload();
    // eslint-disable-next-line @lwc/lwc/no-async-operation -- new mail arrives on its own: poll while shown
    this.timer = setInterval(() => {
      this.reload();
    }, POLL_MS);
  }

  disconnectedCallback(): void {
    clearInterval(this.timer);
  }

  /** load() keeps its failure in loadError; nothing waits for it here. */
  private reload(): void {
    this.load().catch(() => undefined);
  }

  async load(): Promise<void> {
    try {
      const response = await fetch('/api/inbox');
      if (!response.ok) throw new Error(`The inbox answered ${String(response.status)}`);
      this.mail = (await response.json()) as Mail[];
      this.loadError = undefined;
    } catch (error) {
      this.loadError = error instanceof Error ? error.message : 'The inbox could not be read';
    }
  }

  get isEmpty(): boolean {
    return this.mail.length === 0;
  }

  get items(): (Mail & { when: string; className: string; current: string })[] {
    return this.mail.map((mail) => ({
      ...mail,
      when: new Date(mail.savedAt).toLocaleString(),
      className: `slds-p-around_small inbox-item${mail.id === this.selectedId ? ' slds-theme_shade' : ''}`,
      current: mail.id === this.selectedId ? 'true' : 'false',
    }));
  }

  get selected(): Mail | undefined {
    return this.mail.find((mail) => mail.id === this.selectedId);
  }

  /** The open email's text, its links made clickable. */
  get selectedParts(): TextPart[] {
    const text = this.selected?.text ?? '';
    return text.split(LINK).map((part, index) => ({
      key: index,
      text: part,
      ...(index % 2 === 1 ? { href: part } : {}),
    }));
  }

  handleOpen(event: Event): void {
    this.selectedId = (event.currentTarget as HTMLElement).dataset.id;
  }

  handleRefresh(): void {
    this.reload();
  }
}
