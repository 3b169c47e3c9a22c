import { encodeGbk as encodeGbkWithMissing } from '../../../utils/packs/encoding';
import type { CsvImportResult } from '../../../utils/packs/csv';
import type { PackV1 } from '../../../utils/packs/schema';

/** GBK bytes for test fixtures (the encoder the Qianniu export uses); a character GBK lacks fails the test. */
export function encodeGbk(text: string): Uint8Array {
  const { bytes, missing } = encodeGbkWithMissing(text);
  if (missing.length > 0) throw new Error(`not in GBK: ${missing.join('')}`);
  return bytes;
}

export function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

/** A small valid pack used across tests. */
export function samplePack(overrides: Partial<PackV1> = {}): PackV1 {
  return {
    format: 'huashu.pack',
    version: 1,
    pack: { id: 'acme-cs', name: 'ACME 客服话术', updatedAt: '2026-11-20T08:00:00Z', locale: 'zh-CN' },
    groups: [
      { id: 'logistics', name: '物流' },
      { id: 'after-sales', name: '售后' },
      { id: 'returns', name: '退货', parent: 'after-sales' },
    ],
    phrases: [
      { id: 'wl-01', group: 'logistics', title: '物流查询', text: '亲，我这就帮您查一下物流进度。', shortcut: 'wl', tags: ['物流'] },
      { id: 'wl-02', group: 'logistics', title: '发货时间', text: '今天下午四点前付款的订单当天发出。', tags: [] },
      { id: 'sh-01', group: 'after-sales', title: '安抚', text: '给您添麻烦了，我们一起把问题解决好。', shortcut: 'afqx', tags: [] },
      { id: 'th-01', group: 'returns', title: '退货地址', text: '退货请寄到售后仓，单号发我就好。', tags: ['退货'] },
    ],
    ...overrides,
  };
}

/** A CSV import that must succeed: its result, or the test fails with the errors. */
export function csvOk(result: CsvImportResult): Extract<CsvImportResult, { ok: true }> {
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result;
}
