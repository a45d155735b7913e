// Bidirectional-text controls in user text. An RLO (U+202E) in a file name shows
// "invoice<RLO>fdp.exe" as "invoiceexe.pdf" (Trojan Source, CVE-2021-42574; Unicode TR #36
// §2.1 and UTS #55 §4): the UI isolates every piece of user text (renderer/src/ui/UserText.tsx)
// and shows the controls of file names. The set is the explicit formatting characters of UAX #9
// §2 plus the three marks.

const CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');
const LRI = '\u2066';
const RLI = '\u2067';
const FSI = '\u2068';
const PDI = '\u2069';

export function hasBidiControls(text: string): boolean {
  return CONTROL.test(text);
}

/** Every control as a visible code point: "invoice[U+202E]fdp.exe". */
export function showBidiControls(text: string): string {
  return text.replace(CONTROLS, (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);
}

/**
 * Balances the isolates inside the text, so it cannot break out of the isolate the UI wraps it
 * in: a PDI (U+2069) that closes nothing opened in the text would close the UI's isolate (and an
 * RLO after it would reorder the app's own text), and an isolate the text leaves open would take
 * the UI's closing PDI and run to the end of the paragraph (UAX #9 BD9, X6a; the first measured
 * in Chromium). Stray PDIs are dropped, open isolates closed. Embeddings and overrides need nothing:
 * they end at the enclosing isolate's PDI anyway (X6a).
 */
export function confineBidi(text: string): string {
  if (!text.includes(PDI) && !text.includes(LRI) && !text.includes(RLI) && !text.includes(FSI)) return text;
  let open = 0;
  let out = '';
  for (const c of text) {
    if (c === LRI || c === RLI || c === FSI) open++;
    else if (c === PDI) {
      if (open === 0) continue;
      open--;
    }
    out += c;
  }
  return out + PDI.repeat(open);
}

/** User text for a place that takes a plain string (a message with the value in it): FSI…PDI. */
export function isolateText(text: string): string {
  return `${FSI}${confineBidi(text)}${PDI}`;
}

/**
 * A user value inside a sentence the app composes and stores (a timeline entry): isolated when it
 * carries bidi controls, so they end with the value; unchanged otherwise, so plain values stay
 * byte-for-byte what the person typed.
 */
export function embedUserText(text: string): string {
  return hasBidiControls(text) ? isolateText(text) : text;
}
