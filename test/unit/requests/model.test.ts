import { describe, expect, it } from 'vitest';
import { ACTIONS, legalActions, nextStatus, refusalReason, type MachineState } from '../../../shared/model/request-machine';
import { FINAL_STATUSES, requestCreateInput, requestTransitionInput, STATUSES } from '../../../shared/model/request';
import { csvCell, neutraliseCell } from '../../../main/services/csv-out';
import { parseTypeList } from '../../../shared/model/request';
import { formatRef } from '../../../main/services/requests/create';

const base: MachineState = { status: 'received', types: ['access'], verified: false, extended: false, extensionPossible: true, pausePossible: true };

describe('request state machine', () => {
  it('final statuses offer no action', () => {
    for (const status of FINAL_STATUSES) expect(legalActions({ ...base, status, verified: true })).toEqual([]);
  });

  it('every action is legal from its listed statuses only', () => {
    for (const status of STATUSES)
      for (const [action, spec] of Object.entries(ACTIONS)) {
        const why = refusalReason({ ...base, status }, action as keyof typeof ACTIONS);
        if (!spec.from.includes(status)) expect(why).toMatch(/is not possible while/);
      }
  });

  it('guards: verify once, extend once and only where the regime allows, pause only with a stop-the-clock rule', () => {
    expect(refusalReason({ ...base, verified: true }, 'verify')).toMatch(/already verified/);
    expect(refusalReason({ ...base, status: 'in-progress', extended: true }, 'extend')).toMatch(/already extended/);
    expect(refusalReason({ ...base, extensionPossible: false }, 'extend')).toMatch(/no extension/);
    expect(refusalReason({ ...base, pausePossible: false }, 'pause')).toMatch(/no pause/);
    expect(refusalReason({ ...base, status: 'in-progress' }, 'respond')).toMatch(/Verify/);
    expect(refusalReason({ ...base, status: 'in-progress', types: ['marketing-optout', 'consent-withdrawal'] }, 'respond')).toBeNull();
  });

  it('resume returns to extended when the request was extended', () => {
    expect(nextStatus({ ...base, status: 'awaiting-clarification', extended: true }, 'resume')).toBe('extended');
    expect(nextStatus({ ...base, status: 'awaiting-identity' }, 'resume')).toBe('in-progress');
    // Verifying ends an identity pause; an extended request stays extended (review finding).
    expect(nextStatus({ ...base, status: 'awaiting-identity', extended: true }, 'verify')).toBe('extended');
    expect(nextStatus({ ...base, status: 'awaiting-identity' }, 'verify')).toBe('in-progress');
    expect(nextStatus(base, 'pause', 'clarification')).toBe('awaiting-clarification');
  });
});

describe('schemas give field-level messages without echoing personal data', () => {
  it('create', () => {
    const r = requestCreateInput.safeParse({ types: [], requester: { name: ' ', email: 'jan.de.vries@' }, channel: 'fax', receivedDate: '2026-02-30' });
    expect(r.success).toBe(false);
    const byPath = Object.fromEntries(r.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(byPath).toMatchObject({
      types: 'Choose at least one request type.',
      'requester.name': "Enter the requester's name.",
      'requester.email': 'That is not a valid e-mail address (name@example.com).',
      receivedDate: '"2026-02-30" is not a real date.',
    });
    expect(JSON.stringify(r.error!.issues)).not.toContain('jan.de.vries');
  });

  it('a representative must name the person they act for; names keep their script (NFC)', () => {
    const ok = requestCreateInput.parse({ types: ['access'], requester: { name: 'Zoe\u0308', email: 'z@example.com' }, channel: 'email', receivedDate: '2026-01-05' });
    expect(ok.requester.name).toBe('Zoë');
    const rep = requestCreateInput.safeParse({ types: ['access'], requester: { name: 'A', email: 'a@example.com', relation: 'parent' }, channel: 'email', receivedDate: '2026-01-05' });
    expect(rep.error?.issues[0]?.path).toEqual(['requester', 'onBehalfOf']);
  });

  it('transition input is discriminated by action', () => {
    expect(requestTransitionInput.safeParse({ ref: 'dsr-2026-00001', action: 'refuse', ground: 'excessive', reason: 'x' }).data?.ref).toBe('DSR-2026-00001');
    expect(requestTransitionInput.safeParse({ ref: 'DSR-2026-00001', action: 'fly' }).success).toBe(false);
  });
});

describe('helpers', () => {
  it('neutralises formula starts, tab and CR; leaves numbers we computed alone', () => {
    for (const s of ['=1+1', '+1', '-1', '@x', '\tx', '\rx']) expect(neutraliseCell(s)).toBe(`'${s}`);
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(null)).toBe('');
  });

  it('parses type lists joined with + or ; and aliases', () => {
    expect(parseTypeList('Access+erasure')).toEqual({ types: ['access', 'erasure'], unknown: [] });
    expect(parseTypeList('opt-out; withdrawal')).toEqual({ types: ['marketing-optout', 'consent-withdrawal'], unknown: [] });
    expect(parseTypeList('access+teleport').unknown).toEqual(['teleport']);
  });

  it('refs are human and sortable', () => {
    expect(formatRef(2026, 42)).toBe('DSR-2026-00042');
    expect(formatRef(2026, 123456)).toBe('DSR-2026-123456');
  });
});
