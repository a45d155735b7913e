import { en } from './en';

/** English first; a Dutch file with the same shape (Strings) plugs in here. */
export const s = en;
