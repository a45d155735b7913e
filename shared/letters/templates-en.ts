// The shipped English letters. Markup (render.ts): a blank line ends a paragraph, "## " starts a
// heading, "- " a bullet, and a list placeholder stands alone on its line. Article numbers are
// written "Article 15(1)(a)" so a test can check that the Dutch letters cite the same ones.
import type { ShippedTemplates } from './model';

const CONTACT = `If you have any questions, please contact our data protection officer, {{dpo.name}}, at {{dpo.email}}, quoting reference {{request.ref}}.`;
const COMPLAIN = `If you are not satisfied with how we handled your request, you have the right to lodge a complaint with the supervisory authority, {{authority.name}} ({{authority.website}}), under Article 77 of the GDPR, and to seek a judicial remedy under Article 79 of the GDPR.`;

export const TEMPLATES_EN: ShippedTemplates = {
  acknowledgement: {
    subject: 'Your request of {{request.received}} (reference {{request.ref}})',
    body: `Dear {{subject.name}},

We received your request on {{request.received}}: {{request.types}}. Thank you for contacting us. We have registered it under reference {{request.ref}}.

Under Article 12(3) of the General Data Protection Regulation (GDPR) we will answer you without undue delay and at the latest by {{request.due}}. If we need more time because of the complexity or number of requests, we will tell you within that period and explain why.

We may first ask you to confirm your identity (Article 12(6) of the GDPR), so that we only give personal data to the person it is about.

${CONTACT}`,
  },
  'identity-request': {
    subject: 'Please confirm your identity (reference {{request.ref}})',
    body: `Dear {{subject.name}},

Thank you for your request of {{request.received}}. Before we can handle it, we need to be sure that we are dealing with the person whose personal data it concerns. Article 12(6) of the GDPR allows us to ask for the information needed to confirm your identity.

Please reply from the e-mail address known to us, or send us a copy of an identity document. On the copy, you may black out your photo and your citizen service number (BSN); we only need your name, date of birth and the document number. We delete the copy as soon as your identity is confirmed.

The time we have to answer your request is paused until we receive this information.

${CONTACT}`,
  },
  'clarification-request': {
    subject: 'A question about your request (reference {{request.ref}})',
    body: `Dear {{subject.name}},

Thank you for your request of {{request.received}}. We process a large quantity of information about you, so we would like you to tell us which information or which processing activities your request relates to (Recital 63 of the GDPR).

The time we have to answer your request is paused until we receive your reply. If you prefer not to narrow your request, please tell us so and we will handle it as you sent it.

${CONTACT}`,
  },
  'extension-notice': {
    subject: 'More time needed for your request (reference {{request.ref}})',
    body: `Dear {{subject.name}},

On {{request.received}} we received your request. Under Article 12(3) of the GDPR we may extend the period for answering by two further months where necessary, taking into account the complexity and number of requests. We must tell you within one month, with the reasons. That is what this letter does.

We need more time for the following reasons:

{{extension.reasons}}

We will answer you at the latest by {{extension.due}}.

${COMPLAIN}

${CONTACT}`,
  },
  'access-response': {
    subject: 'Your personal data: our answer to your access request (reference {{request.ref}})',
    body: `Dear {{subject.name}},

On {{request.received}} you asked us which personal data we process about you. Under Article 15 of the GDPR you are entitled to know this. Below we answer each part of that article. A copy of your personal data is included at the end of this letter.

## Why we process your data (Article 15(1)(a))

{{access.purposes}}

## Which personal data we process (Article 15(1)(b))

{{access.categories}}

## Who received your data (Article 15(1)(c))

{{access.recipients}}

## How long we keep your data (Article 15(1)(d))

{{access.retention}}

## Your rights (Article 15(1)(e))

You may ask us to correct your data (Article 16), to erase it (Article 17) or to restrict its processing (Article 18), and you may object to its processing (Article 21).

## Your right to complain (Article 15(1)(f))

You have the right to lodge a complaint with the supervisory authority, {{authority.name}} ({{authority.website}}), under Article 77 of the GDPR.

## Where your data comes from (Article 15(1)(g))

{{access.source}}

## Automated decisions (Article 15(1)(h))

{{access.automated}}

## Transfers outside the European Economic Area (Article 15(2))

{{access.transfers}}

## A copy of your personal data (Article 15(3))

{{access.copy}}

${CONTACT}`,
  },
  'erasure-confirmation': {
    subject: 'Your personal data has been erased (reference {{request.ref}})',
    body: `Dear {{subject.name}},

On {{request.received}} you asked us to erase your personal data (Article 17 of the GDPR). We have done so.

{{request.summary}}

Where we disclosed your data to others, we have told them of the erasure, unless this proved impossible or would involve disproportionate effort (Article 19 of the GDPR). On request we will tell you who they are.

${COMPLAIN}

${CONTACT}`,
  },
  'rectification-confirmation': {
    subject: 'Your personal data has been corrected (reference {{request.ref}})',
    body: `Dear {{subject.name}},

On {{request.received}} you asked us to correct your personal data (Article 16 of the GDPR). We have done so.

{{request.summary}}

Where we disclosed your data to others, we have told them of the correction, unless this proved impossible or would involve disproportionate effort (Article 19 of the GDPR). On request we will tell you who they are.

${COMPLAIN}

${CONTACT}`,
  },
  'restriction-confirmation': {
    subject: 'The processing of your personal data has been restricted (reference {{request.ref}})',
    body: `Dear {{subject.name}},

On {{request.received}} you asked us to restrict the processing of your personal data (Article 18 of the GDPR). We have done so: apart from storing it, we will only process this data with your consent or for the reasons Article 18(2) of the GDPR allows. We will tell you before the restriction is lifted (Article 18(3) of the GDPR).

{{request.summary}}

Where we disclosed your data to others, we have told them of the restriction, unless this proved impossible or would involve disproportionate effort (Article 19 of the GDPR). On request we will tell you who they are.

${COMPLAIN}

${CONTACT}`,
  },
  'objection-confirmation': {
    subject: 'Your objection has been handled (reference {{request.ref}})',
    body: `Dear {{subject.name}},

On {{request.received}} you objected to the processing of your personal data (Article 21 of the GDPR), or withdrew your consent (Article 7(3) of the GDPR). We have stopped this processing. Where it concerned direct marketing, we will no longer use your data for that purpose (Article 21(3) of the GDPR).

{{request.summary}}

${COMPLAIN}

${CONTACT}`,
  },
  refusal: {
    subject: 'Our decision on your request (reference {{request.ref}})',
    body: `Dear {{subject.name}},

On {{request.received}} we received your request. After careful consideration we will not act on it. Article 12(4) of the GDPR requires us to tell you why, and what you can do.

## Our reasons

{{refusal.reasons}}

## What you can do

You have the right to lodge a complaint with the supervisory authority, {{authority.name}} ({{authority.website}}), under Article 77 of the GDPR. You also have the right to seek a judicial remedy under Article 79 of the GDPR.

${CONTACT}`,
  },
  'art19-recipient-notice': {
    subject: 'Notification under Article 19 of the GDPR (our reference {{request.ref}})',
    body: `Dear Sir or Madam,

We previously disclosed to you personal data of {{subject.name}}. At that person's request, we have {{art19.action}} that data. Article 19 of the GDPR requires us to communicate this to each recipient.

{{request.summary}}

Please apply the same to the data you received from us, and confirm to us when you have done so.

If you have any questions, please contact our data protection officer, {{dpo.name}}, at {{dpo.email}}, quoting reference {{request.ref}}.`,
  },
};
