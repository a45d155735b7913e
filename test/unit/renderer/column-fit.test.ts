import { describe, expect, it } from 'vitest';
import { COLUMN_GAP, fitColumns, gridTracks } from '../../../renderer/src/ui/register-table/column-fit';

const columns = [
  { id: 'ref', priority: 1, min: 120 },
  { id: 'name', priority: 1, min: 140, grow: 2 },
  { id: 'type', priority: 3, min: 110, grow: 1 },
  { id: 'status', priority: 1, min: 140 },
  { id: 'channel', priority: 2, min: 80 },
  { id: 'received', priority: 3, min: 110 },
  { id: 'due', priority: 1, min: 236, grow: 1 },
];
const ids = (width: number) => fitColumns(columns, width).map((c) => c.id);
const need = (list: string[]) => columns.filter((c) => list.includes(c.id)).reduce((s, c) => s + c.min, 0) + COLUMN_GAP * (list.length - 1);

describe('register table columns by priority and width', () => {
  it('keeps the priority-1 columns however narrow, in their declared order', () => {
    expect(ids(0)).toEqual(['ref', 'name', 'status', 'due']);
  });

  it('adds the next priority only once all of it fits, lowest number first', () => {
    const core = need(['ref', 'name', 'status', 'due']);
    expect(ids(core + COLUMN_GAP + 80 - 1)).toEqual(['ref', 'name', 'status', 'due']);
    expect(ids(core + COLUMN_GAP + 80)).toEqual(['ref', 'name', 'status', 'channel', 'due']);
    const withType = need(['ref', 'name', 'type', 'status', 'channel', 'due']);
    expect(ids(withType)).toEqual(['ref', 'name', 'type', 'status', 'channel', 'due']);
    expect(ids(10_000)).toEqual(columns.map((c) => c.id));
  });

  it('what it shows always fits the width it was given (above the priority-1 minimum)', () => {
    for (let width = need(['ref', 'name', 'status', 'due']); width < 1400; width += 7) expect(need(ids(width))).toBeLessThanOrEqual(width);
  });

  it('growing columns share the spare width; the others keep their size', () => {
    expect(gridTracks(fitColumns(columns, 0))).toBe('120px minmax(140px, 2fr) 140px minmax(236px, 1fr)');
  });
});
