import * as v from 'valibot';
import { PACK_LIMITS, RESERVED_PACK_IDS } from './limits';
import { cleanLabel, hasLoneSurrogate } from './unicode';
import { DaySchema, windowInOrder } from './schema-window';
import { QuestionsSchema } from './questions';
import { VariantsSchema } from './variants';

/**
 * The items of a pack (docs/pack-format.md): metadata, groups and phrases, as valibot schemas. Each check's message
 * is a message code (messages.ts). Version 2 adds the validity window (`validFrom` / `validUntil`) to groups and
 * phrases and `reviewDate` to phrases; version 3 adds per-site `variants` to phrases. A document is read with the
 * shapes of the version it names, without the fields of later versions.
 */

/** Messages of the schemas are message codes (see messages.ts); they are rendered later. */
const text = v.string('type.string');
/** Text that is valid Unicode (no half surrogate pair). */
const wellFormed = v.pipe(text, v.check((s) => !hasLoneSurrogate(s), 'text.loneSurrogate'));
/** A title or shortcut: NFC, zero-width and control characters removed (see unicode.ts). */
const label = v.pipe(wellFormed, v.transform(cleanLabel));

const PackIdSchema = v.pipe(
  text,
  v.nonEmpty('empty'),
  v.maxLength(PACK_LIMITS.maxIdLength, 'tooLong'),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'id.invalid'),
  v.check((id) => !RESERVED_PACK_IDS.has(id), 'id.reserved'),
);

/** Group and phrase ids: any printable text without control characters or surrounding spaces. */
const ItemIdSchema = v.pipe(
  text,
  v.nonEmpty('empty'),
  v.maxLength(PACK_LIMITS.maxIdLength, 'tooLong'),
  v.regex(/^(?!\s)[^\p{Cc}]*(?<!\s)$/u, 'phraseId.invalid'),
);

const NameSchema = v.pipe(
  text,
  v.check((s) => s.trim() !== '', 'empty'),
  v.maxLength(PACK_LIMITS.maxNameLength, 'tooLong'),
);

export const PackMetaSchema = v.object(
  {
    id: PackIdSchema,
    name: NameSchema,
    description: v.optional(v.pipe(text, v.maxLength(PACK_LIMITS.maxDescriptionLength, 'tooLong'))),
    author: v.optional(v.pipe(text, v.maxLength(PACK_LIMITS.maxNameLength, 'tooLong'))),
    updatedAt: v.optional(v.pipe(text, v.isoTimestamp('date.invalid'))),
    locale: v.optional(v.pipe(text, v.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'locale.invalid'))),
  },
  'type.object',
);

const groupEntries = {
  id: ItemIdSchema,
  name: NameSchema,
  /** Id of the parent group (nested groups, `父=>子` in Qianniu CSV). */
  parent: v.optional(ItemIdSchema),
};

/** Version 2: the days (both included) a campaign phrase, or every phrase of a group, is offered. */
const windowEntries = { validFrom: v.optional(DaySchema), validUntil: v.optional(DaySchema) };
/** Version 2: from this day on the manager lists the phrase under "needs review" (policy phrases). */
const reviewEntries = { reviewDate: v.optional(DaySchema) };

export const PackGroupSchemaV1 = v.object(groupEntries, 'type.object');
const PackGroupObject = v.object({ ...groupEntries, ...windowEntries }, 'type.object');
type GroupFields = v.InferOutput<typeof PackGroupObject>;
export const PackGroupSchema = v.pipe(PackGroupObject, v.forward(v.check<GroupFields, 'window.endsBeforeStart'>(windowInOrder, 'window.endsBeforeStart'), ['validUntil']));

/** A shortcut code as every importer and the manager's form take it: a label without spaces, up to 32 characters; '' is none. */
export const ShortcutSchema = v.pipe(
  label,
  v.maxLength(PACK_LIMITS.maxShortcutLength, 'tooLong'),
  v.regex(/^\S*$/, 'shortcut.invalid'),
  v.transform((s) => (s === '' ? undefined : s)),
);

const phraseEntries = {
  id: ItemIdSchema,
  group: ItemIdSchema,
  title: v.optional(v.pipe(label, v.maxLength(PACK_LIMITS.maxTitleLength, 'tooLong')), ''),
  text: v.pipe(
    wellFormed,
    v.check((s) => s.trim() !== '', 'empty'),
    v.maxLength(PACK_LIMITS.maxTextLength, 'tooLong'),
  ),
  shortcut: v.optional(ShortcutSchema),
  /** Example customer questions this phrase answers (utils/packs/questions.ts). */
  questions: v.optional(QuestionsSchema),
  tags: v.optional(
    v.pipe(
      v.array(
        v.pipe(
          text,
          v.check((s) => s.trim() !== '', 'empty'),
          v.maxLength(PACK_LIMITS.maxTagLength, 'tooLong'),
        ),
        'type.array',
      ),
      v.maxLength(PACK_LIMITS.maxTags, 'tooMany'),
    ),
    () => [],
  ),
};

/** Version 3: the phrase worded for particular sites (utils/packs/variants.ts). */
const variantEntries = { variants: v.optional(VariantsSchema) };

export const PackPhraseSchemaV1 = v.object(phraseEntries, 'type.object');
const PackPhraseObjectV2 = v.object({ ...phraseEntries, ...windowEntries, ...reviewEntries }, 'type.object');
const PackPhraseObject = v.object({ ...phraseEntries, ...windowEntries, ...reviewEntries, ...variantEntries }, 'type.object');
type PhraseFields = v.InferOutput<typeof PackPhraseObject>;
const windowChecked = v.forward(v.check<PhraseFields, 'window.endsBeforeStart'>(windowInOrder, 'window.endsBeforeStart'), ['validUntil']);
const PackPhraseSchemaV2 = v.pipe(PackPhraseObjectV2, windowChecked);
export const PackPhraseSchema = v.pipe(PackPhraseObject, windowChecked);

export type PackMeta = v.InferOutput<typeof PackMetaSchema>;
export type PackGroup = v.InferOutput<typeof PackGroupSchema>;
export type PackPhrase = v.InferOutput<typeof PackPhraseSchema>;

/** The format version that added each later field (a document of an older version that has one is told which). */
export const FIELD_VERSIONS: Readonly<Record<'group' | 'phrase', Readonly<Record<string, 2 | 3>>>> = {
  group: Object.fromEntries(Object.keys(windowEntries).map((k) => [k, 2])),
  phrase: {
    ...Object.fromEntries([...Object.keys(windowEntries), ...Object.keys(reviewEntries)].map((k) => [k, 2])),
    ...Object.fromEntries(Object.keys(variantEntries).map((k) => [k, 3])),
  },
};

/** The item shapes of a format version, and the keys each knows. */
export function itemSchemas(version: 1 | 2 | 3) {
  const group = version === 1 ? PackGroupSchemaV1 : PackGroupSchema;
  const phrase = version === 1 ? PackPhraseSchemaV1 : version === 2 ? PackPhraseSchemaV2 : PackPhraseSchema;
  const keys = (entries: object) => new Set(Object.keys(entries));
  const v2 = { ...phraseEntries, ...windowEntries, ...reviewEntries };
  return {
    group,
    phrase,
    groupKeys: keys(version === 1 ? groupEntries : { ...groupEntries, ...windowEntries }),
    phraseKeys: keys(version === 1 ? phraseEntries : version === 2 ? v2 : { ...v2, ...variantEntries }),
  };
}

