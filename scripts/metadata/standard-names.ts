/**
 * Standard Salesforce names a reference may use without the project declaring them. These are
 * allow-lists, not the platform's full catalogue: a valid standard name missing here is a false
 * finding, fixed by adding it below (with the documentation page in the pull request).
 */

/** `<target>` values of a Lightning web component's js-meta.xml. */
export const LWC_TARGETS = new Set([
  'analytics__Dashboard',
  'lightning__AgentforceInput',
  'lightning__AgentforceOutput',
  'lightning__AppPage',
  'lightning__Dashboard',
  'lightning__FlowScreen',
  'lightning__GlobalAction',
  'lightning__HomePage',
  'lightning__Inbox',
  'lightning__RecordAction',
  'lightning__RecordPage',
  'lightning__Tab',
  'lightning__UrlAddressable',
  'lightning__UtilityBar',
  'lightning__VoiceExtension',
  'lightningCommunity__Default',
  'lightningCommunity__Page',
  'lightningCommunity__Page_Layout',
  'lightningCommunity__Theme_Layout',
  'lightningSnapin__ChatHeader',
  'lightningSnapin__ChatMessage',
  'lightningSnapin__Minimized',
  'lightningSnapin__PreChat',
  'lightningStatic__Email',
]);

/** Standard actions a layout may list under quickActionList / platformActionList (type QuickAction). */
export const STANDARD_QUICK_ACTIONS = new Set(
  [
    'FeedItem.ContentPost',
    'FeedItem.LinkPost',
    'FeedItem.MobileSmartActions',
    'FeedItem.PollPost',
    'FeedItem.QuestionPost',
    'FeedItem.RypplePost',
    'FeedItem.TextPost',
    'LogACall',
    'NewAccount',
    'NewCase',
    'NewContact',
    'NewEvent',
    'NewNote',
    'NewTask',
    'SendEmail',
    'Case.ChangePriority',
    'Case.ChangeStatus',
    'Case.Email',
    'Case.LogACall',
    'Case.SendEmail',
  ].map((name) => name.toLowerCase()),
);

/** Standard buttons a layout may list under platformActionList (type StandardButton). */
export const STANDARD_BUTTONS = new Set(
  [
    'Accept',
    'ChangeOwnerOne',
    'ChangeRecordType',
    'Clone',
    'CloseCase',
    'Delete',
    'Edit',
    'EditLabel',
    'Follow',
    'PrintableView',
    'RecordShareHierarchy',
    'Share',
    'Submit',
    'SubmitForApproval',
    'Unfollow',
  ].map((name) => name.toLowerCase()),
);

/**
 * Fields a permission set cannot grant: the platform manages their access (system audit fields,
 * the record Id, Name, the owner). Granting them fails the deploy.
 */
export const UNGRANTABLE_FIELDS = new Set(
  [
    'Id',
    'Name',
    'OwnerId',
    'CreatedById',
    'CreatedDate',
    'LastModifiedById',
    'LastModifiedDate',
    'SystemModstamp',
    'IsDeleted',
    'LastViewedDate',
    'LastReferencedDate',
    'RecordTypeId',
    'CurrencyIsoCode',
  ].map((name) => name.toLowerCase()),
);

/** Project field types whose value the platform computes: readable, never editable. */
export const READ_ONLY_FIELD_TYPES = new Set(['AutoNumber', 'Summary']);

/** Principal parameter types of an External Credential. */
export const PRINCIPAL_TYPES = new Set(['NamedPrincipal', 'PerUserPrincipal', 'AwsStsPrincipal']);
