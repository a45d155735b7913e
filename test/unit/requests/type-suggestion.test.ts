import { describe, expect, it } from 'vitest';
import { suggestRequestTypes } from '../../../main/services/requests/type-suggestion';

describe('request type suggestion from an e-mail (English and Dutch)', () => {
  it.each([
    ['Subject access request', '', ['access']],
    ['', 'Please send me a copy of my personal data.', ['access']],
    ['Inzageverzoek', '', ['access']],
    ['Verzoek', 'Ik wil graag weten welke gegevens u van mij verwerkt (AVG art. 15).', ['access']],
    ['Please delete my account', '', ['erasure']],
    ['Verwijderen gegevens', 'Graag mijn gegevens wissen.', ['erasure']],
    ['Right to be forgotten', 'under Article 17 GDPR', ['erasure']],
    ['Correctie adres', 'Mijn adres is onjuist.', ['rectification']],
    ['Bezwaar', 'Ik maak bezwaar tegen de verwerking.', ['objection']],
    ['Unsubscribe', 'Stop sending me newsletters.', ['marketing-optout']],
    ['Afmelden nieuwsbrief', 'Ik wil geen nieuwsbrief meer.', ['marketing-optout']],
    ['Toestemming', 'Hierbij trek ik mijn toestemming in; ik wil mijn toestemming intrekken.', ['consent-withdrawal']],
    ['I withdraw my consent', '', ['consent-withdrawal']],
    ['Data portability', 'in a machine-readable format', ['portability']],
    ['Overdraagbaarheid', 'artikel 20', ['portability']],
    ['Profiling', 'I want human review of the automated decision.', ['automated-decision']],
    ['Beperking van de verwerking', '', ['restriction']],
    ['Hello', 'When does my contract end?', []],
  ])('%s / %s', (subject, body, types) => {
    expect(suggestRequestTypes(subject, body)).toEqual(types);
  });
});
