/** Transcript rules the agent taught, one per site (settings key `transcript-rule:<origin>`), checked when read. */
import type { HuashuDB } from './database';
import { parseRule, type TaughtRule } from '../page/transcript/rule-schema';

const PREFIX = 'transcript-rule:';

/** The site's rule, or null (none taught, or a stored one that fails the schema: the reader guesses then). */
export async function getTaughtRule(db: HuashuDB, origin: string): Promise<TaughtRule | null> {
  const parsed = parseRule((await db.settings.get(PREFIX + origin))?.value);
  return parsed.ok ? parsed.rule : null;
}

export async function setTaughtRule(db: HuashuDB, origin: string, rule: TaughtRule): Promise<void> {
  await db.settings.put({ key: PREFIX + origin, value: rule });
}

export async function resetTaughtRule(db: HuashuDB, origin: string): Promise<void> {
  await db.settings.delete(PREFIX + origin);
}

/** The sites with a taught rule (the options page offers to reset each). */
export async function sitesWithTaughtRule(db: HuashuDB): Promise<string[]> {
  const rows = await db.settings.where('key').startsWith(PREFIX).toArray();
  return rows.map((row) => row.key.slice(PREFIX.length)).sort();
}
