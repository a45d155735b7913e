// Text a person typed or a file brought in, shown inside the app's own text. <bdi> isolates it
// (HTML's bdi element: unicode-bidi: isolate, dir=auto), so bidi controls in it, such as an RLO,
// cannot reorder the words around it; confineBidi keeps it from closing that isolate early
// (shared/text/bidi.ts). React escapes the text itself: it is never parsed as HTML.
import { confineBidi, hasBidiControls, showBidiControls } from '../../../shared/text/bidi';
import { s } from '../i18n';

export function UserText({ children }: { children: string | null | undefined }) {
  if (!children) return null;
  return <bdi className="user-text">{confineBidi(children)}</bdi>;
}

/**
 * A file name, isolated, with any bidi control shown as its code point and flagged: in a file
 * name a control has no honest use, and "invoice<RLO>fdp.exe" would read as "invoiceexe.pdf".
 */
export function FileName({ name }: { name: string }) {
  if (!hasBidiControls(name)) return <bdi className="user-text">{name}</bdi>;
  return (
    <>
      <bdi className="user-text">{showBidiControls(name)}</bdi>{' '}
      <span className="badge badge--warning" title={s.userText.bidiControlsHint}>
        {s.userText.bidiControls}
      </span>
    </>
  );
}
