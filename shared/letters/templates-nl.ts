// De meegeleverde Nederlandse brieven, zoals een FG ze schrijft: u-vorm, AVG-artikelen als
// "artikel 15 lid 1 onder a AVG" (een test controleert dat ze dezelfde artikelen noemen als de
// Engelse). Opmaak als in templates-en.ts.
import type { ShippedTemplates } from './model';

const CONTACT = `Hebt u vragen? Neem dan contact op met onze functionaris gegevensbescherming, {{dpo.name}}, via {{dpo.email}}, en vermeld daarbij kenmerk {{request.ref}}.`;
const COMPLAIN = `Bent u het niet eens met de manier waarop wij uw verzoek hebben behandeld? Dan hebt u het recht een klacht in te dienen bij de toezichthouder, de {{authority.name}} ({{authority.website}}), op grond van artikel 77 AVG, en een rechtsmiddel in te stellen bij de rechter op grond van artikel 79 AVG.`;

export const TEMPLATES_NL: ShippedTemplates = {
  acknowledgement: {
    subject: 'Uw verzoek van {{request.received}} (kenmerk {{request.ref}})',
    body: `Geachte {{subject.name}},

Op {{request.received}} hebben wij uw verzoek ontvangen: {{request.types}}. Dank u wel voor uw bericht. Wij hebben uw verzoek geregistreerd onder kenmerk {{request.ref}}.

Op grond van artikel 12 lid 3 van de Algemene verordening gegevensbescherming (AVG) beantwoorden wij uw verzoek zonder onnodige vertraging en uiterlijk op {{request.due}}. Hebben wij meer tijd nodig vanwege de complexiteit of het aantal verzoeken, dan laten wij u dat binnen deze termijn weten, met de reden.

Mogelijk vragen wij u eerst om uw identiteit te bevestigen (artikel 12 lid 6 AVG), zodat wij persoonsgegevens alleen verstrekken aan degene over wie ze gaan.

${CONTACT}`,
  },
  'identity-request': {
    subject: 'Bevestiging van uw identiteit (kenmerk {{request.ref}})',
    body: `Geachte {{subject.name}},

Dank u wel voor uw verzoek van {{request.received}}. Voordat wij het in behandeling kunnen nemen, moeten wij zeker weten dat wij te maken hebben met degene over wie de persoonsgegevens gaan. Artikel 12 lid 6 AVG staat ons toe om de informatie te vragen die daarvoor nodig is.

Wilt u reageren vanaf het e-mailadres dat bij ons bekend is, of ons een kopie van een identiteitsbewijs sturen? Op die kopie mag u uw pasfoto en uw burgerservicenummer (BSN) afschermen; wij hebben alleen uw naam, geboortedatum en het documentnummer nodig. Wij verwijderen de kopie zodra uw identiteit is vastgesteld.

De termijn voor de beantwoording van uw verzoek staat stil totdat wij deze informatie hebben ontvangen.

${CONTACT}`,
  },
  'clarification-request': {
    subject: 'Een vraag over uw verzoek (kenmerk {{request.ref}})',
    body: `Geachte {{subject.name}},

Dank u wel voor uw verzoek van {{request.received}}. Wij verwerken een grote hoeveelheid gegevens over u. Daarom vragen wij u aan te geven op welke gegevens of welke verwerkingen uw verzoek betrekking heeft (overweging 63 AVG).

De termijn voor de beantwoording van uw verzoek staat stil totdat wij uw antwoord hebben ontvangen. Wilt u uw verzoek liever niet beperken, laat ons dat dan weten; wij behandelen het dan zoals u het hebt ingediend.

${CONTACT}`,
  },
  'extension-notice': {
    subject: 'Verlenging van de termijn voor uw verzoek (kenmerk {{request.ref}})',
    body: `Geachte {{subject.name}},

Op {{request.received}} hebben wij uw verzoek ontvangen. Op grond van artikel 12 lid 3 AVG mogen wij de termijn voor beantwoording zo nodig met twee maanden verlengen, gelet op de complexiteit en het aantal verzoeken. Wij moeten u dat binnen een maand laten weten, met de redenen. Dat doen wij met deze brief.

Wij hebben meer tijd nodig om de volgende redenen:

{{extension.reasons}}

Wij beantwoorden uw verzoek uiterlijk op {{extension.due}}.

${COMPLAIN}

${CONTACT}`,
  },
  'access-response': {
    subject: 'Uw persoonsgegevens: ons antwoord op uw inzageverzoek (kenmerk {{request.ref}})',
    body: `Geachte {{subject.name}},

Op {{request.received}} hebt u ons gevraagd welke persoonsgegevens wij van u verwerken. Op grond van artikel 15 AVG hebt u recht op die informatie. Hieronder beantwoorden wij elk onderdeel van dat artikel. Aan het einde van deze brief vindt u een kopie van uw persoonsgegevens.

## Waarom wij uw gegevens verwerken (artikel 15 lid 1 onder a AVG)

{{access.purposes}}

## Welke persoonsgegevens wij verwerken (artikel 15 lid 1 onder b AVG)

{{access.categories}}

## Wie uw gegevens hebben ontvangen (artikel 15 lid 1 onder c AVG)

{{access.recipients}}

## Hoe lang wij uw gegevens bewaren (artikel 15 lid 1 onder d AVG)

{{access.retention}}

## Uw rechten (artikel 15 lid 1 onder e AVG)

U kunt ons vragen uw gegevens te corrigeren (artikel 16 AVG), te wissen (artikel 17 AVG) of de verwerking ervan te beperken (artikel 18 AVG), en u kunt bezwaar maken tegen de verwerking (artikel 21 AVG).

## Uw recht om een klacht in te dienen (artikel 15 lid 1 onder f AVG)

U hebt het recht een klacht in te dienen bij de toezichthouder, de {{authority.name}} ({{authority.website}}), op grond van artikel 77 AVG.

## Waar uw gegevens vandaan komen (artikel 15 lid 1 onder g AVG)

{{access.source}}

## Geautomatiseerde besluiten (artikel 15 lid 1 onder h AVG)

{{access.automated}}

## Doorgifte buiten de Europese Economische Ruimte (artikel 15 lid 2 AVG)

{{access.transfers}}

## Een kopie van uw persoonsgegevens (artikel 15 lid 3 AVG)

{{access.copy}}

${CONTACT}`,
  },
  'erasure-confirmation': {
    subject: 'Uw persoonsgegevens zijn gewist (kenmerk {{request.ref}})',
    body: `Geachte {{subject.name}},

Op {{request.received}} hebt u ons gevraagd uw persoonsgegevens te wissen (artikel 17 AVG). Dat hebben wij gedaan.

{{request.summary}}

Hebben wij uw gegevens aan anderen verstrekt, dan hebben wij hen van het wissen op de hoogte gebracht, tenzij dat onmogelijk bleek of een onevenredige inspanning vergde (artikel 19 AVG). Op uw verzoek laten wij u weten wie dat zijn.

${COMPLAIN}

${CONTACT}`,
  },
  'rectification-confirmation': {
    subject: 'Uw persoonsgegevens zijn gecorrigeerd (kenmerk {{request.ref}})',
    body: `Geachte {{subject.name}},

Op {{request.received}} hebt u ons gevraagd uw persoonsgegevens te corrigeren (artikel 16 AVG). Dat hebben wij gedaan.

{{request.summary}}

Hebben wij uw gegevens aan anderen verstrekt, dan hebben wij hen van de correctie op de hoogte gebracht, tenzij dat onmogelijk bleek of een onevenredige inspanning vergde (artikel 19 AVG). Op uw verzoek laten wij u weten wie dat zijn.

${COMPLAIN}

${CONTACT}`,
  },
  'restriction-confirmation': {
    subject: 'De verwerking van uw persoonsgegevens is beperkt (kenmerk {{request.ref}})',
    body: `Geachte {{subject.name}},

Op {{request.received}} hebt u ons gevraagd de verwerking van uw persoonsgegevens te beperken (artikel 18 AVG). Dat hebben wij gedaan: behalve voor de opslag verwerken wij deze gegevens alleen nog met uw toestemming of om de redenen die artikel 18 lid 2 AVG toestaat. Voordat de beperking wordt opgeheven, laten wij u dat weten (artikel 18 lid 3 AVG).

{{request.summary}}

Hebben wij uw gegevens aan anderen verstrekt, dan hebben wij hen van de beperking op de hoogte gebracht, tenzij dat onmogelijk bleek of een onevenredige inspanning vergde (artikel 19 AVG). Op uw verzoek laten wij u weten wie dat zijn.

${COMPLAIN}

${CONTACT}`,
  },
  'objection-confirmation': {
    subject: 'Uw bezwaar is verwerkt (kenmerk {{request.ref}})',
    body: `Geachte {{subject.name}},

Op {{request.received}} hebt u bezwaar gemaakt tegen de verwerking van uw persoonsgegevens (artikel 21 AVG), of uw toestemming ingetrokken (artikel 7 lid 3 AVG). Wij hebben deze verwerking gestaakt. Ging het om direct marketing, dan gebruiken wij uw gegevens daar niet meer voor (artikel 21 lid 3 AVG).

{{request.summary}}

${COMPLAIN}

${CONTACT}`,
  },
  refusal: {
    subject: 'Ons besluit op uw verzoek (kenmerk {{request.ref}})',
    body: `Geachte {{subject.name}},

Op {{request.received}} hebben wij uw verzoek ontvangen. Na zorgvuldige afweging geven wij er geen gevolg aan. Artikel 12 lid 4 AVG verplicht ons u te laten weten waarom, en wat u kunt doen.

## Onze redenen

{{refusal.reasons}}

## Wat u kunt doen

U hebt het recht een klacht in te dienen bij de toezichthouder, de {{authority.name}} ({{authority.website}}), op grond van artikel 77 AVG. Ook kunt u een rechtsmiddel instellen bij de rechter op grond van artikel 79 AVG.

${CONTACT}`,
  },
  'art19-recipient-notice': {
    subject: 'Kennisgeving op grond van artikel 19 AVG (ons kenmerk {{request.ref}})',
    body: `Geachte heer, mevrouw,

Wij hebben u eerder persoonsgegevens van {{subject.name}} verstrekt. Op verzoek van deze persoon hebben wij die gegevens {{art19.action}}. Artikel 19 AVG verplicht ons dit aan iedere ontvanger mee te delen.

{{request.summary}}

Wilt u hetzelfde doen met de gegevens die u van ons hebt ontvangen, en ons laten weten wanneer dat is gebeurd?

Hebt u vragen? Neem dan contact op met onze functionaris gegevensbescherming, {{dpo.name}}, via {{dpo.email}}, en vermeld daarbij kenmerk {{request.ref}}.`,
  },
};
