import type { HuashuDB } from '../../utils/db/database';
import type { GroupRecord, PackRecord } from '../../utils/db/types';
import { DEFAULT_GROUP, PERSONAL } from '../../utils/db/types';
import type { Translate } from '../../utils/i18n';
import type { UiLocale } from '../../utils/settings';
import type { UndoSnapshot } from '../../utils/db/edit-rules';

/** Problems listed in a panel's message box (the rest are cut). */
export const ISSUES_SHOWN = 50;

/** A downloaded file's content: text (written as UTF-8) or bytes as they are. */
export type DownloadContent = string | Uint8Array<ArrayBuffer>;

/** What every manager panel gets from the options page. */
export interface ManagerContext {
  db: HuashuDB;
  t: Translate;
  locale: UiLocale;
  now(): number;
  /** Show a status message; with `undo`, an Undo button that restores the snapshot. */
  notify(message: string, undo?: UndoSnapshot): void;
  /** Offer a file to the agent (a blob link with the download attribute); bytes for files in another encoding (GBK). */
  download(name: string, content: DownloadContent, type: string): void;
}

export function packLabel(t: Translate, packs: ReadonlyMap<string, PackRecord>, packId: string): string {
  return packId === PERSONAL ? t('mgr.myPhrases') : (packs.get(packId)?.name ?? packId);
}

export function groupLabel(t: Translate, groups: ReadonlyMap<string, GroupRecord>, id: string): string {
  return groups.get(id)?.name ?? (id === DEFAULT_GROUP ? t('mgr.myPhrases') : id);
}

/** Groups of one pack as a tree walk: parents before children, siblings by order; depth for indenting. */
export function groupTree(groups: readonly GroupRecord[]): { group: GroupRecord; depth: number }[] {
  const ids = new Set(groups.map((g) => g.id));
  const children = new Map<string | undefined, GroupRecord[]>();
  for (const g of groups) {
    const parent = g.parentId !== undefined && ids.has(g.parentId) ? g.parentId : undefined;
    const list = children.get(parent) ?? [];
    list.push(g);
    children.set(parent, list);
  }
  const out: { group: GroupRecord; depth: number }[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | undefined, depth: number) => {
    for (const g of [...(children.get(parent) ?? [])].sort((a, b) => a.order - b.order)) {
      if (seen.has(g.id)) continue;
      seen.add(g.id);
      out.push({ group: g, depth });
      walk(g.id, depth + 1);
    }
  };
  walk(undefined, 0);
  return out;
}

export function formatTime(ms: number | null | undefined, locale: UiLocale): string {
  return ms === null || ms === undefined ? '—' : new Date(ms).toLocaleString(locale);
}

/** The browser side of `download`: a temporary blob URL on an anchor with `download`. */
export function downloadWithLink(doc: Document, name: string, content: DownloadContent, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
