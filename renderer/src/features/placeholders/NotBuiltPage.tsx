import { s } from '../../i18n';
import { EmptyState } from '../../ui/Panels';

/** An honest empty page for a part that later issues build; it claims nothing that is not there. */
export function NotBuiltPage({ title, body }: { title: string; body: string }) {
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{title}</h1>
      <EmptyState title={s.placeholder.title}>
        <p>{body}</p>
      </EmptyState>
    </section>
  );
}
