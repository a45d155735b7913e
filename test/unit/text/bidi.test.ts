import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { confineBidi, embedUserText, hasBidiControls, isolateText, showBidiControls } from '../../../shared/text/bidi';

const RLO = '\u202E';
const PDI = '\u2069';
const RLI = '\u2067';

/** True when every PDI closes an isolate opened before it and none is left open. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '\u2066' || c === RLI || c === '\u2068') depth++;
    else if (c === PDI && --depth < 0) return false;
  }
  return depth === 0;
}

describe('bidi controls in user text', () => {
  it('finds and shows every control, and leaves ordinary text (also Arabic and Hebrew) alone', () => {
    expect(hasBidiControls(`invoice${RLO}fdp.exe`)).toBe(true);
    expect(showBidiControls(`invoice${RLO}fdp.exe`)).toBe('invoice[U+202E]fdp.exe');
    expect(showBidiControls('a\u200Fb\u061Cc\u2066d')).toBe('a[U+200F]b[U+061C]c[U+2066]d');
    for (const plain of ['Jan de Vries', 'محمد', 'שלום.pdf', 'ID scan (1).png']) {
      expect(hasBidiControls(plain), plain).toBe(false);
      expect(showBidiControls(plain)).toBe(plain);
      expect(confineBidi(plain)).toBe(plain);
    }
  });

  it('user text cannot close the isolate around it, nor leave one open', () => {
    expect(confineBidi(`Bob${PDI}${RLO}gnp.exe`)).toBe(`Bob${RLO}gnp.exe`);
    expect(confineBidi(`a${RLI}b`)).toBe(`a${RLI}b${PDI}`);
    expect(confineBidi(`a${RLI}b${PDI}c`)).toBe(`a${RLI}b${PDI}c`);
    expect(isolateText(`x${PDI}`)).toBe(`\u2068x${PDI}`);
    // In stored sentences: isolated only when needed, so plain values stay as typed.
    expect(embedUserText('Jan de Vries')).toBe('Jan de Vries');
    expect(embedUserText(`a${RLO}b`)).toBe(`\u2068a${RLO}b${PDI}`);
  });

  it('for any text, the isolated form is balanced and only drops stray PDIs', () => {
    const bidiChar = fc.constantFrom('a', ' ', 'م', '\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', RLO, '\u2066', RLI, '\u2068', PDI);
    fc.assert(
      fc.property(fc.array(bidiChar, { maxLength: 40 }).map((cs) => cs.join('')), (text) => {
        const out = isolateText(text);
        expect(balanced(out)).toBe(true);
        expect(out.replaceAll(PDI, '').slice(1)).toBe(text.replaceAll(PDI, ''));
      }),
      { numRuns: 500 },
    );
  });
});
