// Which columns a register table shows at a given width. Every column says how narrow it can be
// and how important it is; the most important ones always stay (a register is useless without
// its reference, who, status and deadline), the others join from the most to the least
// important while they fit, and the columns keep their declared order. Whatever width is left
// goes to the columns that grow, so wide screens are used rather than left blank.

export interface ColumnSize {
  id: string;
  /** 1 = always shown; 2, 3, … join as the width allows, lowest number first. */
  priority: number;
  /** Narrowest useful width in px (its content ellipsised below its natural width). */
  min: number;
  /** Share of the spare width (fr); 0 or absent = stays at `min`. */
  grow?: number;
}

/** Horizontal room one column costs besides its width (the grid gap). */
export const COLUMN_GAP = 8;

export function fitColumns<C extends ColumnSize>(columns: readonly C[], width: number): C[] {
  const need = (cs: readonly C[]) => cs.reduce((sum, c) => sum + c.min, 0) + COLUMN_GAP * Math.max(0, cs.length - 1);
  const chosen = new Set(columns.filter((c) => c.priority <= 1));
  const optional = columns.filter((c) => c.priority > 1).sort((a, b) => a.priority - b.priority);
  for (const c of optional) {
    const next = columns.filter((x) => chosen.has(x) || x === c);
    if (need(next) <= width) chosen.add(c);
  }
  return columns.filter((c) => chosen.has(c));
}

/** The CSS grid tracks for the shown columns. */
export function gridTracks(columns: readonly ColumnSize[]): string {
  return columns.map((c) => (c.grow ? `minmax(${c.min}px, ${c.grow}fr)` : `${c.min}px`)).join(' ');
}
