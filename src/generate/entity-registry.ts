import type { DateEntity, Entity, EntityType, NamedEntity, PersonEntity } from '../model/entity.js';
import type { Block } from '../model/span.js';

/** What the generator knows about one entity while it writes the article. */
interface EntityDraft {
  readonly type: EntityType;
  readonly name: string;
  readonly value: string | null;
  readonly mentions: Block[];
  readonly roles: Block[];
}

/** An entity to mention: its type, its fullest name and, for dates, the ISO value. */
export interface EntityRef {
  readonly type: EntityType;
  readonly name: string;
  /** The normalized ISO 8601 value of a date (`2021-03-03`, `--10`), or `null`. */
  readonly value?: string | null;
}

function keyOf(ref: EntityRef): string {
  return `${ref.type}:${ref.name}`;
}

/**
 * Collects the entities an article mentions. The generator reports each mention right after writing
 * it; ids (`e1`, `e2` ...) are given at the end in the order of first mention, as the parser numbers
 * them, so that quotes refer to entities by key while the text is still being written.
 */
export class EntityRegistry {
  readonly #drafts = new Map<string, EntityDraft>();

  #draft(ref: EntityRef): EntityDraft {
    const key = keyOf(ref);
    let draft = this.#drafts.get(key);
    if (!draft) {
      draft = { type: ref.type, name: ref.name, value: ref.value ?? null, mentions: [], roles: [] };
      this.#drafts.set(key, draft);
    }
    return draft;
  }

  /** Records a mention (already written) of an entity. */
  addMention(ref: EntityRef, mention: Block): void {
    this.#draft(ref).mentions.push(mention);
  }

  /** Records a role (already written) of a person. */
  addRole(ref: EntityRef, role: Block): void {
    this.#draft(ref).roles.push(role);
  }

  /** The entities, with ids by first mention; entities never mentioned are left out. */
  toEntities(): { entities: Entity[]; idOf: (ref: EntityRef) => string | null } {
    const mentioned = [...this.#drafts.entries()]
      .filter(([, draft]) => draft.mentions.length > 0)
      .sort(([, a], [, b]) => a.mentions[0]!.span.start - b.mentions[0]!.span.start);
    const ids = new Map(mentioned.map(([key], i) => [key, `e${i + 1}`]));
    const entities = mentioned.map(([key, draft]) => toEntity(ids.get(key)!, draft));
    return { entities, idOf: (ref) => ids.get(keyOf(ref)) ?? null };
  }
}

/** The forms other than the name itself, each once; a form differing only in case (`BEIJING`) is no alias. */
function aliasesOf(draft: EntityDraft): string[] {
  const name = draft.name.toLowerCase();
  const aliases = new Set<string>();
  for (const mention of draft.mentions) {
    if (mention.text.toLowerCase() !== name) aliases.add(mention.text);
  }
  return [...aliases];
}

function toEntity(id: string, draft: EntityDraft): Entity {
  const fields = { id, name: draft.name, aliases: aliasesOf(draft), mentions: draft.mentions };
  switch (draft.type) {
    case 'person':
      return { ...fields, type: 'person', roles: draft.roles } satisfies PersonEntity;
    case 'date':
      return { ...fields, type: 'date', value: draft.value } satisfies DateEntity;
    case 'organization':
    case 'place':
    case 'misc':
      return { ...fields, type: draft.type } satisfies NamedEntity;
    default:
      return draft.type satisfies never;
  }
}
