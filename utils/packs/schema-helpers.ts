// Helpers of the pack validator (schema.ts): group nesting, item fields read before validation, unknown keys.
import type { PackIssue, PackLocale } from './messages';
import { makeIssue } from './messages';
import type { PackGroup } from './schema';

export function groupParentProblem(
  group: PackGroup,
  byId: Map<string, { group: PackGroup }>,
): 'unknown' | 'cycle' | null {
  const seen = new Set<string>([group.id]);
  let parent = group.parent;
  while (parent !== undefined) {
    if (seen.has(parent)) return 'cycle';
    const next = byId.get(parent);
    if (next === undefined) return 'unknown';
    seen.add(parent);
    parent = next.group.parent;
  }
  return null;
}

export function stringField(item: unknown, key: 'id' | 'group'): string | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const value: unknown = (item as Record<string, unknown>)[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export const idOf = (item: unknown) => stringField(item, 'id');

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return json.length > 40 ? `${json.slice(0, 40)}…` : json;
}

export function unknownKeys(item: unknown, known: ReadonlySet<string>, path: string, out: PackIssue[], locale: PackLocale) {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return;
  for (const key of Object.keys(item)) {
    if (!known.has(key)) out.push(makeIssue(path === '' ? key : `${path}.${key}`, 'field.unknown', { key }, locale));
  }
}
