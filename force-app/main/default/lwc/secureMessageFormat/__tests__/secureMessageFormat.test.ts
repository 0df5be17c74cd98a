import type { SecureMessageSummary } from '@salesforce/apex-types';
import { buildMessageRows, statusStyle } from 'c/secureMessageFormat';

// sfdx-lwc-jest resolves `@salesforce/label/c.Name` to the string "c.Name".
const OUTBOUND = 'c.SecureSend_HistoryOutbound';
const TLS = 'c.SecureSend_HistoryDeliveryTls';
const STATUS_CHANGED = 'c.SecureSend_EventType_Status_Changed';

function summary(overrides: Partial<SecureMessageSummary>): SecureMessageSummary {
  return { id: 'a01000000000001AAA', name: 'SM-00000001', direction: 'Outbound', ...overrides };
}

describe('c/secureMessageFormat', () => {
  it.each([
    ['Queued', 'utility:clock', 'slds-badge'],
    ['Awaiting_Pickup', 'utility:clock', 'slds-badge'],
    ['Opened', 'utility:preview', 'slds-badge slds-theme_success'],
    ['Replied', 'utility:reply', 'slds-badge slds-theme_success'],
    ['Expired', 'utility:ban', 'slds-badge slds-badge_lightest'],
    ['Some_New_Status', 'utility:info', 'slds-badge'],
    [null, 'utility:info', 'slds-badge'],
  ])('styles status %s', (status, icon, badgeClass) => {
    expect(statusStyle(status)).toEqual({ icon, badgeClass });
  });

  it('fills what Apex left empty with empty values, never "null"', () => {
    const [row] = buildMessageRows([
      {
        id: null,
        name: null,
        direction: null,
        status: 'Queued',
        statusLabel: null,
        recipientName: 'Ada Patient',
        phiCategories: ['FUTURE_CATEGORY'],
        events: [
          {
            type: 'Status_Changed',
            status: null,
            occurredAt: null,
            reason: 'expired',
            deliveryMethod: 'TLS',
            actorName: null,
          },
          { type: 'Something_New' },
          { type: null },
        ],
      },
    ]);

    expect(row).toMatchObject({
      id: '',
      name: '',
      isInbound: false,
      directionLabel: OUTBOUND,
      statusLabel: 'Queued',
      deliveryLabel: '',
      recipient: 'Ada Patient',
      sentByName: '',
      sentAt: undefined,
      phiCategories: 'FUTURE_CATEGORY',
      attachmentCount: '',
      lastError: '',
      canRevoke: false,
      canViewContent: false,
      replies: [],
      hasReplies: false,
    });
    expect(row?.events).toEqual([
      {
        key: '0',
        typeLabel: STATUS_CHANGED,
        status: '',
        occurredAt: undefined,
        reason: 'expired',
        deliveryLabel: TLS,
        actorName: '',
      },
      expect.objectContaining({ key: '1', typeLabel: 'Something_New' }),
      expect.objectContaining({ key: '2', typeLabel: '' }),
    ]);
  });

  it('nests replies one level deep and keeps every message', () => {
    const rows = buildMessageRows([
      summary({ id: 'm1' }),
      summary({ id: 'r1', direction: 'Inbound', parentMessageId: 'm1' }),
      summary({ id: 'r2', direction: 'Inbound', parentMessageId: 'r1' }),
      summary({ id: 'self', parentMessageId: 'self' }),
      summary({ id: 'orphan', parentMessageId: 'gone' }),
    ]);

    expect(rows.map((row) => [row.id, row.replies.map((reply) => reply.id)])).toEqual([
      ['m1', ['r1']],
      ['r2', []],
      ['self', []],
      ['orphan', []],
    ]);
  });
});
