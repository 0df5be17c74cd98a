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
    void this.load();
    this.timer = setInterval(() => void this.load(), POLL_MS);
  }

  disconnectedCallback(): void {
    clearInterval(this.timer);
  }

  async load(): Promise<void> {
    try {
      const response = await fetch('/api/inbox');
      if (!response.ok) throw new Error(`The inbox answered ${response.status}`);
      this.mail = (await response.json()) as Mail[];
      this.loadError = undefined;
    } catch (error) {
      this.loadError = error instanceof Error ? error.message : 'The inbox could not be read';
    }
  }

  get isEmpty(): boolean {
    return this.mail.length === 0;
  }

  get items() {
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
    this.selectedId = (event.currentTarget as HTMLElement).dataset['id'];
  }

  handleRefresh(): void {
    void this.load();
  }
}
