// The audit trail in words: an operation code ("disclosure.correct") as the reader's language says
// it. Workflow steps (request.<action>) take the workflow's own label; the code itself is shown
// only for an operation this catalog does not know (a test runs every operation and checks that
// none is left without words, in English and in Dutch).
import type { Catalog } from './catalog';

export function operationWords(c: Catalog, code: string): string | null {
  return c.audit.operations[code] ?? (c.requests.actionLabels as Record<string, string>)[code.replace(/^request\./, '')] ?? null;
}

export function entityWords(c: Catalog, entityType: string): string | null {
  return c.audit.entityTypes[entityType] ?? null;
}
