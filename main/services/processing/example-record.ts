// The example record of processing activities, taken from the organisation's own privacy policy
// (February 2023): customer accounts, billing, customer logs, website usage with cookies and pixel
// tags, stored communications, product notices and partner sharing. Each field that the policy
// speaks to carries, beside it, the sentence it came from (`citations`), so the DPO can see what
// the example rests on; a field the policy is silent on says so in its text and is listed in
// `silent`, never filled with a guess that would read as the policy's. The DPO edits or deletes
// any of it like any other activity. Content is English, like the policy it quotes.
import type { CitableField, ControllerContent } from '../../../shared/model/processing';

export interface ExampleActivity {
  /** Stable key: an activity is loaded once, even if the DPO later deletes it. */
  key: string;
  /** Its content; `toComplete` is `silent` when it is loaded. */
  content: Omit<ControllerContent, 'toComplete'>;
  /** Fields the policy says nothing about (their text tells the DPO to complete them). */
  silent: CitableField[];
}

const S = {
  providedByCustomers:
    'Some of this information – such as Customer name, address, credit card information, etc. – is provided to us by Customers in order to obtain Services.',
  createdByUs: 'Other information – such as Customer’s account status, choice of Services, Customer logs, etc. – is created and maintained by us in the normal course of business.',
  cookies: 'We also may use cookies, which are small pieces of information that a website can store in a designated file on a user’s computer for various reasons.',
  storedEmail: 'Furthermore, we may store Customer’s emails and other electronic communications as necessary for the transmission and delivery of those communications.',
  security: 'To protect against the loss, misuse and alteration of the information collected, we have established appropriate physical, electronic and managerial procedures.',
  legitimateInterests:
    'We shall protect the confidentiality of Customer information, account information and personal communications to the fullest extent possible in a manner consistent with the law and the legitimate interests of Netrouting, its employees and other Customers using our Services and/or the Company Network.',
  productNotices: 'We may use Customer information to provide our Customers with system information or information about new or upgraded products.',
  partners: 'Also we may share Customer information with selected partners.',
  partnerPurposes: 'For example, to provide Customers with information about products that may be of interest to them or to enable Customers to take advantage of special partner programs.',
  pixelTags:
    'Additionally, we may share our website usage information about visitors to Netrouting website with third party advertising companies for the purpose of targeting our Internet banner advertisements on Netrouting website through use of pixel tags.',
  optOut: 'Customers may opt out of receiving notices of new or upgraded products from us or our selected partners by emailing optout@netrouting.com.',
  lawRequires: 'We shall disclose such Customers’ personal and account information if it is our good faith belief that the law requires such disclosure.',
  communicationsDisclosure:
    'We shall not disclose to third parties (which does not includes any affiliates of Netrouting and our officers and employees) the content of any email or other electronic communication that we store or transmit for our Customers, except when it is necessary or required to:',
  provideService: 'Provide Service to a Customer',
} as const;

/** The policy's sentences the example cites, for the test that finds each in the policy text. */
export const EXAMPLE_SENTENCES: readonly string[] = Object.values(S);

const RETENTION_SILENT = 'The privacy policy does not say how long this is kept: set the period or the criteria for erasure.';

const base = {
  kind: 'controller' as const,
  legitimateInterestNote: null,
  transfers: [],
  automatedDecisions: false,
  automatedDecisionsNote: null,
  owner: null,
  lastReviewedOn: null,
};

// Fields every example leaves to the DPO: the policy names no transfers, periods or automated decisions.
const ALWAYS_SILENT: CitableField[] = ['transfers', 'retention', 'automatedDecisions'];

export const EXAMPLE_ACTIVITIES: readonly ExampleActivity[] = [
  {
    key: 'customer-accounts',
    silent: [...ALWAYS_SILENT, 'legitimateInterestNote'],
    content: {
      ...base,
      name: 'Customer accounts and services',
      purposes: ['Providing the services a customer ordered and keeping the customer’s account'],
      legalBasis: 'contract',
      subjectKinds: ['customer'],
      dataCategories: ['identity', 'contact', 'account-and-services'],
      recipients: { kinds: ['law-enforcement', 'court'], recipientIds: [], note: 'Only where the law requires it, or to act against someone causing harm.' },
      retention: RETENTION_SILENT,
      security: 'Physical, electronic and managerial procedures against loss, misuse and alteration.',
      sources: ['subject', 'generated'],
      sourceNote: 'Name and address from the customer; account status and choice of services created by the organisation.',
      citations: {
        name: S.createdByUs,
        purposes: S.providedByCustomers,
        legalBasis: S.providedByCustomers,
        subjectKinds: S.providedByCustomers,
        dataCategories: S.providedByCustomers,
        recipients: S.lawRequires,
        security: S.security,
        sources: S.createdByUs,
      },
    },
  },
  {
    key: 'billing',
    silent: [...ALWAYS_SILENT, 'legitimateInterestNote', 'recipients'],
    content: {
      ...base,
      name: 'Billing and payment',
      purposes: ['Billing the services ordered and taking payment'],
      legalBasis: 'contract',
      subjectKinds: ['customer'],
      dataCategories: ['identity', 'contact', 'payment'],
      recipients: { kinds: [], recipientIds: [], note: null },
      retention: `${RETENTION_SILENT} Dutch tax law requires the accounts to be kept for seven years (AWR art. 52(4)).`,
      security: 'Physical, electronic and managerial procedures against loss, misuse and alteration.',
      sources: ['subject'],
      sourceNote: 'Credit card details from the customer.',
      citations: {
        name: S.providedByCustomers,
        purposes: S.providedByCustomers,
        legalBasis: S.providedByCustomers,
        subjectKinds: S.providedByCustomers,
        dataCategories: S.providedByCustomers,
        security: S.security,
        sources: S.providedByCustomers,
      },
    },
  },
  {
    key: 'customer-logs',
    silent: [...ALWAYS_SILENT, 'recipients'],
    content: {
      ...base,
      name: 'Customer logs',
      purposes: ['Running and protecting the network and the services'],
      legalBasis: 'legitimate-interest',
      legitimateInterestNote:
        'The policy names the legitimate interests of the organisation, its employees and other customers, but records no balancing test: write down the interest, why the logs are needed for it, and why it outweighs the customer’s interest (GDPR Art. 6(1)(f)).',
      subjectKinds: ['customer'],
      dataCategories: ['logs-and-traffic'],
      recipients: { kinds: [], recipientIds: [], note: null },
      retention: RETENTION_SILENT,
      security: 'Physical, electronic and managerial procedures against loss, misuse and alteration.',
      sources: ['generated'],
      sourceNote: 'Created by the organisation while running the services.',
      citations: {
        name: S.createdByUs,
        purposes: S.legitimateInterests,
        legalBasis: S.legitimateInterests,
        legitimateInterestNote: S.legitimateInterests,
        subjectKinds: S.createdByUs,
        dataCategories: S.createdByUs,
        security: S.security,
        sources: S.createdByUs,
      },
    },
  },
  {
    key: 'website-usage',
    silent: [...ALWAYS_SILENT, 'legalBasis', 'legitimateInterestNote'],
    content: {
      ...base,
      name: 'Website usage, cookies and pixel tags',
      purposes: ['Running the website', 'Targeting the organisation’s banner advertisements on its website'],
      // The policy names no basis; cookies that are not strictly necessary need consent
      // (Directive 2002/58/EC Art. 5(3), Dutch Telecommunicatiewet art. 11.7a).
      legalBasis: 'consent',
      subjectKinds: ['website-visitor', 'customer'],
      dataCategories: ['website-usage-and-cookies'],
      recipients: {
        kinds: ['advertiser'],
        recipientIds: [],
        note: 'The policy says what advertisers collect through pixel tags is not personally identifiable; check this: online identifiers are personal data (GDPR recital 30).',
      },
      retention: RETENTION_SILENT,
      security: 'Physical, electronic and managerial procedures against loss, misuse and alteration.',
      sources: ['generated'],
      sourceNote: 'Read from the visitor’s browser (cookies and pixel tags).',
      citations: {
        name: S.cookies,
        purposes: S.pixelTags,
        subjectKinds: S.pixelTags,
        dataCategories: S.cookies,
        recipients: S.pixelTags,
        security: S.security,
        sources: S.cookies,
      },
    },
  },
  {
    key: 'stored-communications',
    silent: [...ALWAYS_SILENT, 'legitimateInterestNote'],
    content: {
      ...base,
      name: 'Stored e-mail and electronic communications',
      purposes: ['Transmitting and delivering customers’ e-mail and other electronic communications'],
      legalBasis: 'contract',
      subjectKinds: ['customer', 'end-user'],
      dataCategories: ['content-of-communications'],
      recipients: {
        kinds: ['affiliate', 'law-enforcement', 'court'],
        recipientIds: [],
        note: 'Content goes to third parties only to provide the service, to protect legitimate interests, under interception orders, warrants or other legal process, or to law enforcement when it points to a crime.',
      },
      retention: RETENTION_SILENT,
      security: 'Physical, electronic and managerial procedures against loss, misuse and alteration.',
      sources: ['subject'],
      sourceNote: 'The communications customers send and receive.',
      citations: {
        name: S.storedEmail,
        purposes: S.storedEmail,
        legalBasis: S.provideService,
        subjectKinds: S.storedEmail,
        dataCategories: S.storedEmail,
        recipients: S.communicationsDisclosure,
        security: S.security,
        sources: S.storedEmail,
      },
    },
  },
  {
    key: 'product-notices',
    silent: [...ALWAYS_SILENT, 'recipients'],
    content: {
      ...base,
      name: 'Notices of new or upgraded products',
      purposes: ['Telling customers about system information and about new or upgraded products'],
      legalBasis: 'legitimate-interest',
      legitimateInterestNote:
        'The policy offers an opt-out, which fits legitimate interest with the right to object (GDPR Art. 21(2)-(3)); record the balancing. E-mail to existing customers also needs the soft opt-in of Telecommunicatiewet art. 11.7(3).',
      subjectKinds: ['customer'],
      dataCategories: ['identity', 'contact', 'account-and-services'],
      recipients: { kinds: [], recipientIds: [], note: null },
      retention: RETENTION_SILENT,
      security: 'Physical, electronic and managerial procedures against loss, misuse and alteration.',
      sources: ['subject', 'generated'],
      sourceNote: null,
      citations: {
        name: S.productNotices,
        purposes: S.productNotices,
        legalBasis: S.optOut,
        legitimateInterestNote: S.optOut,
        subjectKinds: S.productNotices,
        dataCategories: S.productNotices,
        security: S.security,
        sources: S.productNotices,
      },
    },
  },
  {
    key: 'partner-sharing',
    silent: [...ALWAYS_SILENT],
    content: {
      ...base,
      name: 'Sharing with selected partners',
      purposes: ['Telling customers about partners’ products that may interest them', 'Letting customers take part in special partner programs'],
      legalBasis: 'legitimate-interest',
      legitimateInterestNote:
        'The policy offers only an opt-out from partner notices. Sharing customer data with partners for their offers needs a documented balancing test, or consent (GDPR Art. 6(1)(a), (f)); review this.',
      subjectKinds: ['customer'],
      dataCategories: ['identity', 'contact'],
      recipients: { kinds: ['partner'], recipientIds: [], note: null },
      retention: RETENTION_SILENT,
      security: 'Physical, electronic and managerial procedures against loss, misuse and alteration.',
      sources: ['subject'],
      sourceNote: null,
      citations: {
        name: S.partners,
        purposes: S.partnerPurposes,
        legalBasis: S.optOut,
        legitimateInterestNote: S.optOut,
        subjectKinds: S.partners,
        dataCategories: S.partners,
        recipients: S.partners,
        security: S.security,
        sources: S.partners,
      },
    },
  },
];
