/** Usage statistics of the library, per phrase and per group, and their CSV export. Pure. */
import Papa from 'papaparse';
import type { GroupRecord, PackRecord, PhraseRecord } from '../../utils/db/types';
import { titleOrDerived } from '../../utils/packs/title';

export interface PhraseUsage {
  id: string;
  title: string;
  group: string;
  pack: string;
  uses: number;
  lastUsedAt: number | null;
}

export interface GroupUsage {
  id: string;
  name: string;
  pack: string;
  phrases: number;
  /** Phrases used at least once. */
  used: number;
  uses: number;
  lastUsedAt: number | null;
}

export interface UsageReport {
  phrases: PhraseUsage[];
  groups: GroupUsage[];
  total: number;
}

/** Phrases most used first (then most recent, then title); groups likewise. */
export function usageReport(
  phrases: readonly PhraseRecord[],
  groups: readonly GroupRecord[],
  packs: readonly PackRecord[],
  names: { personal: string; groupName(id: string): string },
): UsageReport {
  const packName = new Map(packs.map((p) => [p.id, p.name]));
  const nameOfPack = (id: string) => packName.get(id) ?? names.personal;
  const groupById = new Map(groups.map((g) => [g.id, g]));
  const perGroup = new Map<string, GroupUsage>();
  const rows: PhraseUsage[] = phrases.map((p) => {
    const group = groupById.get(p.group);
    let g = perGroup.get(p.group);
    if (!g) {
      g = { id: p.group, name: group?.name ?? names.groupName(p.group), pack: nameOfPack(p.packId), phrases: 0, used: 0, uses: 0, lastUsedAt: null };
      perGroup.set(p.group, g);
    }
    g.phrases++;
    g.uses += p.usageCount;
    if (p.usageCount > 0) g.used++;
    if (p.lastUsedAt !== null && (g.lastUsedAt === null || p.lastUsedAt > g.lastUsedAt)) g.lastUsedAt = p.lastUsedAt;
    return { id: p.id, title: titleOrDerived(p), group: g.name, pack: nameOfPack(p.packId), uses: p.usageCount, lastUsedAt: p.lastUsedAt };
  });
  const byUse = <T extends { uses: number; lastUsedAt: number | null }>(a: T, b: T) =>
    b.uses - a.uses || (b.lastUsedAt ?? 0) - (a.lastUsedAt ?? 0);
  rows.sort((a, b) => byUse(a, b) || a.title.localeCompare(b.title));
  const groupRows = [...perGroup.values()].sort((a, b) => byUse(a, b) || a.name.localeCompare(b.name));
  return { phrases: rows, groups: groupRows, total: rows.reduce((n, r) => n + r.uses, 0) };
}

/** ISO date-time in UTC without milliseconds, or '' (spreadsheets read it as a date). */
function when(ms: number | null): string {
  return ms === null ? '' : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface UsageCsvHeaders {
  kind: string;
  phrase: string;
  group: string;
  pack: string;
  uses: string;
  lastUsed: string;
  phraseKind: string;
  groupKind: string;
}

/** One CSV with a row per phrase and a row per group, UTF-8 with BOM so Excel opens it. */
export function usageCsv(report: UsageReport, h: UsageCsvHeaders): string {
  const data: string[][] = [
    ...report.phrases.map((r) => [h.phraseKind, r.title, r.group, r.pack, String(r.uses), when(r.lastUsedAt)]),
    ...report.groups.map((g) => [h.groupKind, '', g.name, g.pack, String(g.uses), when(g.lastUsedAt)]),
  ];
  const csv = Papa.unparse({ fields: [h.kind, h.phrase, h.group, h.pack, h.uses, h.lastUsed], data }, { newline: '\r\n', escapeFormulae: true });
  return `\uFEFF${csv}\r\n`;
}
