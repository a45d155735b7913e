/**
 * Message catalogs, English and Dutch, shared by the renderer and by the letters built in main.
 * Models carry codes and parameters; these catalogs carry the words.
 */
import type { Catalog } from './catalog';
import { en } from './en';
import { type Language } from './locales';
import { nl } from './nl';

export type { Catalog } from './catalog';
export * from './locales';
export { en, nl };

export const CATALOGS: Readonly<Record<Language, Catalog>> = { en, nl };
