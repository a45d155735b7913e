// Our own sample privacy policies, in English and Dutch: a complete one of each, and one of each
// with known gaps. The checklist tests assert every item of each, with its evidence.

export const EN_COMPLETE = `# Privacy Policy of Netrouting B.V.

Last revised: 1 March 2026.

## 1. Who we are
Netrouting B.V., Schiphol Boulevard 1, Amsterdam, is the controller of your personal data.

## 2. Data Protection Officer
You can reach our Data Protection Officer at dpo@netrouting.example.

## 3. Why we use your data
We use your personal data for the following purposes: providing hosting services, billing and support.
We process your data on the legal basis of the performance of our contract with you.
For network security we rely on our legitimate interests in keeping the network safe.

## 4. Who receives your data
We share your personal data with our processors, such as payment service providers.
Recipients also include the police when a court orders us to hand over data.

## 5. Transfers outside the EEA
Some providers are located outside the EEA; we rely on standard contractual clauses.

## 6. How long we keep your data
We retain invoices for 7 years because tax law requires it.

## 7. Your rights
You have the right of access to your personal data.
You can ask us to rectify inaccurate data.
You have the right to erasure of your data.
You can ask us to restrict processing of your data.
You have the right to object to direct marketing.
You have the right to data portability.
Where we rely on your consent, you may withdraw your consent at any time.
You may lodge a complaint with the supervisory authority, the Autoriteit Persoonsgegevens.

## 8. Must you give us your data?
Providing your contact details is a contractual requirement; if you do not provide them, we cannot deliver the service.

## 9. Automated decisions
We do not use automated decision-making or profiling.

## 10. Where we get your data
We obtain credit data from third parties such as credit agencies.
`;

export const EN_GAPS = `PRIVACY STATEMENT

WHO WE ARE
Netrouting B.V. is the controller of the personal data described here.

WHAT WE DO WITH YOUR DATA
We use your data to provide our services and send invoices.
Our legal basis is the performance of a contract.
We may share information with third parties who help us.

HOW LONG WE KEEP IT
We keep your data as needed.

YOUR RIGHTS
You have the right to access and correct your data, and to ask us to delete your data.
If you have a complaint, please contact us at privacy@netrouting.example.
`;

export const NL_COMPLETE = `PRIVACYVERKLARING NETROUTING

1. Wie wij zijn
Netrouting B.V. is de verwerkingsverantwoordelijke voor uw persoonsgegevens.

2. Functionaris voor gegevensbescherming
U kunt onze functionaris voor gegevensbescherming bereiken via fg@netrouting.example.

3. Doeleinden en grondslagen
Wij gebruiken uw persoonsgegevens voor de volgende doeleinden: het leveren van hostingdiensten, facturatie en ondersteuning.
De grondslag hiervoor is de uitvoering van de overeenkomst met u.
Voor de beveiliging van ons netwerk baseren wij ons op ons gerechtvaardigd belang.

4. Ontvangers
Wij delen uw persoonsgegevens met verwerkers, zoals betaaldienstverleners.
Ook de politie kan ontvanger zijn als de rechter ons dat beveelt.

5. Doorgifte buiten de EER
Sommige dienstverleners zitten buiten de Europese Economische Ruimte; wij gebruiken daarvoor modelcontractbepalingen.

6. Bewaartermijnen
Facturen bewaren wij 7 jaar vanwege de fiscale bewaarplicht.

7. Uw rechten
U heeft recht op inzage in uw persoonsgegevens.
U kunt ons vragen onjuiste gegevens te verbeteren.
U heeft recht op het verwijderen van uw gegevens.
U kunt vragen om beperking van de verwerking.
U kunt bezwaar maken tegen direct marketing.
U heeft recht op overdraagbaarheid van uw gegevens.
Als wij uw toestemming vragen, kunt u die toestemming altijd intrekken.
U kunt een klacht indienen bij de toezichthouder, de Autoriteit Persoonsgegevens.

8. Verplichte gegevens
Het verstrekken van uw contactgegevens is een contractuele verplichting; als u ze niet verstrekt, kunnen wij de dienst niet leveren.

9. Geautomatiseerde besluitvorming
Wij gebruiken geen geautomatiseerde besluitvorming of profilering.

10. Herkomst van gegevens
Kredietgegevens ontvangen wij van derden, zoals kredietbureaus.
`;

export const NL_GAPS = `PRIVACYVERKLARING

WIE WIJ ZIJN
Netrouting B.V. is verwerkingsverantwoordelijke.

WAT WIJ MET UW GEGEVENS DOEN
Wij gebruiken uw gegevens om onze diensten te leveren.
Wij bewaren uw gegevens zo kort mogelijk.

UW RECHTEN
U kunt ons vragen om inzage in uw gegevens.
Heeft u een klacht? Neem contact op met onze klantenservice.
`;
