import { expect } from '@open-wc/testing';
import { conform } from '../../src/api/conform.js';
import type { DossierStatus, FormDefinition } from '../../src/api/schemas.js';
import * as validators from '../../src/api/validators.generated.js';

/**
 * A host page that extends Object.prototype (legacy libraries did: `Object.prototype.equals`,
 * `Object.prototype.note`…) while `run` runs; the page is put back afterwards.
 */
function withPollutedPrototype(keys: Record<string, unknown>, run: () => void): void {
  const prototype = Object.prototype as Record<string, unknown>;
  try {
    // Plain assignment, as such pages do: enumerable, inherited by every object.
    for (const [key, value] of Object.entries(keys)) prototype[key] = value;
    run();
  } finally {
    for (const key of Object.keys(keys)) delete prototype[key];
  }
}

const form = (): FormDefinition => ({
  procedureCode: '1.001193',
  version: '2025.07.1',
  title: 'Tờ khai đăng ký khai sinh',
  steps: [
    {
      id: 'child',
      title: 'Thông tin của trẻ',
      fields: [
        { id: 'hasFather', kind: 'checkbox', label: 'Có thông tin người cha' },
        { id: 'fatherName', kind: 'text', label: 'Họ tên người cha', visibleWhen: { field: 'hasFather', filled: true } },
      ],
    },
  ],
  attachments: [],
});

const dossier = (): DossierStatus => ({
  code: '000.00.01.H22-261122-0001',
  procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
  applicantName: 'Nguyễn V. A.',
  status: 4,
  submittedAt: '2026-11-22T09:30:00+07:00',
  overdue: false,
  timeliness: null,
  agency: { name: 'UBND phường Hồng Gai' },
  history: [{ at: '2026-11-22T09:30:00+07:00', status: 1 }],
});

describe('conform against a polluted Object.prototype', () => {
  it('does not see an inherited `equals` in a visibleWhen the server sent without one', () => {
    const body = JSON.parse(JSON.stringify(form())) as unknown;
    withPollutedPrototype({ equals: function equals(this: unknown, other: unknown) { return this === other; } }, () => {
      const verdict = conform(validators.FormDefinition, body);
      expect(verdict.ok, 'verdict').to.equal(true);
      const field = (verdict as { value: FormDefinition }).value.steps[0]!.fields[1]!;
      expect(Object.hasOwn(field.visibleWhen!, 'equals'), 'an equals appeared').to.equal(false);
      expect(field.visibleWhen).to.deep.equal({ field: 'hasFather', filled: true });
    });
  });

  it('keeps inherited text out of what an element shows (a history note the server never wrote)', () => {
    const body = JSON.parse(JSON.stringify(dossier())) as unknown;
    withPollutedPrototype({ note: 'Nộp lệ phí tại quầy số 3', reason: 'x' }, () => {
      const verdict = conform(validators.DossierStatus, body);
      expect(verdict.ok).to.equal(true);
      const kept = (verdict as { value: DossierStatus }).value;
      expect(Object.hasOwn(kept.history[0]!, 'note')).to.equal(false);
      expect(Object.hasOwn(kept, 'supplementRequest')).to.equal(false);
    });
  });

  it('gives the same verdict as on a clean page when an inherited key breaks an optional rule', () => {
    const body = JSON.parse(JSON.stringify(dossier())) as unknown;
    const clean = conform(validators.DossierStatus, body);
    withPollutedPrototype({ acceptedAt: 'hôm qua', completedAt: 42 }, () => {
      const polluted = conform(validators.DossierStatus, body);
      expect(polluted.ok, 'an inherited acceptedAt made the answer invalid').to.equal(clean.ok);
      expect(polluted).to.deep.equal(clean);
    });
  });

  it('still requires what the server must send, even when the prototype has it', () => {
    const { applicantName: _dropped, ...rest } = dossier();
    withPollutedPrototype({ applicantName: 'Người khác' }, () => {
      const verdict = conform(validators.DossierStatus, JSON.parse(JSON.stringify(rest)));
      expect(verdict.ok).to.equal(false);
      expect((verdict as { path: string }).path).to.equal('applicantName');
    });
  });
});
