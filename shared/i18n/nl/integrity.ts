// Teksten voor het herstelscherm bij een beschadigde database en de databasecontrole in
// Instellingen (Nederlands).
import type { Catalog } from '../catalog';

export const integrity: Catalog['integrity'] = {
  damaged: {
    title: 'De database moet worden hersteld uit een back-up',
    kinds: {
      missing: 'Het databasebestand ontbreekt.',
      empty: 'Het databasebestand is leeg.',
      unreadable: 'Het databasebestand is beschadigd.',
      wal: 'Het write-ahead-logbestand van de database is beschadigd.',
      rolledBack: 'Er is een oudere kopie van de database in de plaats van de huidige gezet.',
      replaced: 'Dit is niet de database die deze workbench heeft vastgelegd.',
    },
    intro: 'Kies een back-up en voer uw wachtwoordzin in. De back-up wordt volledig gecontroleerd voordat er iets wordt vervangen, en het huidige bestand wordt apart bewaard, niet verwijderd.',
    backupsTitle: 'Automatische back-ups',
    noBackups: 'Er zijn geen automatische back-ups in deze gegevensmap gevonden. Herstel een back-up die u elders hebt bewaard met "dpo restore BESTAND".',
    taken: 'Gemaakt',
    file: 'Bestand',
    events: 'Auditgebeurtenissen',
    choose: (file: string) => `${file} herstellen`,
    passphrase: 'Wachtwoordzin',
    chooseFirst: 'Kies een back-up.',
    passphraseMissing: 'Voer uw wachtwoordzin in.',
    submit: 'Deze back-up herstellen',
    working: 'Controleren en herstellen…',
  },
  restore: {
    title: 'Een back-up herstellen',
    intro: 'Zet een automatische back-up in de plaats van de huidige database, na een volledige controle. De huidige database wordt apart bewaard, niet verwijderd, en het herstel wordt vastgelegd in de audittrail.',
    show: 'Een back-up herstellen…',
    done: 'Hersteld. De vorige database is apart bewaard in de gegevensmap, en het herstel staat in de audittrail.',
  },
  check: {
    title: 'De database controleren',
    intro: 'Leest elke pagina en controleert de integriteit, de verwijzingen, de auditketen en de hash van elk opgeslagen bestand. Dit gebeurt ook vóór elke back-up.',
    run: 'De database controleren',
    running: 'Controleren…',
    ok: (pages: number, events: number, files: number) =>
      `In orde: ${pages.toLocaleString('nl-NL')} pagina's gelezen, ${events.toLocaleString('nl-NL')} auditgebeurtenissen in de keten, ${files.toLocaleString('nl-NL')} opgeslagen bestand(en) kloppen met hun hash.`,
    problems: (n: number) => `${n} probleem/problemen gevonden`,
  },
};
