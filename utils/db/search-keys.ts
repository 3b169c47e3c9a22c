/**
 * Stored search keys brought up to date. A phrase's keys (utils/search/keys.ts) are computed when it is saved; when a
 * release changes how they are computed (SEARCH_KEYS_VERSION), the index recomputes stale ones in memory on every
 * build, in the sidebar and the background alike. This rewrites them once, in small transactions, after an update.
 */
import type { HuashuDB } from './database';
import type { PhraseRecord } from './types';
import { keysMatch } from '../search/keys';
import { withKeys } from './edit-rules';

/** Phrases per transaction: short enough that an edit in the manager never waits long behind one. */
const CHUNK = 200;

const stale = (p: PhraseRecord): boolean => !keysMatch(p.keys, p);

/**
 * Recompute the keys of every phrase whose stored keys are missing, of another version or of other text. Each chunk
 * reads its records again inside its transaction, so an edit saved meanwhile is kept (and keeps its own new keys);
 * only `keys` changes, never the revision, so no open editor is told the phrase changed. Returns how many were
 * rewritten. `pause` runs between chunks (the background yields to its messages there).
 */
export async function refreshSearchKeys(db: HuashuDB, pause: () => Promise<void> = () => Promise.resolve()): Promise<number> {
  const ids: string[] = [];
  await db.phrases.each((p) => {
    if (stale(p)) ids.push(p.id);
  });
  let rewritten = 0;
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    rewritten += await db.transaction('rw', db.phrases, async () => {
      const records = (await db.phrases.bulkGet(chunk)).filter((p): p is PhraseRecord => p !== undefined && stale(p));
      await db.phrases.bulkPut(records.map(withKeys));
      return records.length;
    });
    await pause();
  }
  return rewritten;
}
