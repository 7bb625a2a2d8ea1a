import type { Entity } from '../model/entity.js';
import type { Span } from '../model/span.js';
import { isRoleNoun } from '../entities/roles.js';
import { firstNotBefore } from '../text/search.js';

/** Pronouns that stand for the person last quoted or last named: `He added that ...`. */
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
const DETERMINERS = /^(?:the|a|an|this|that)\s+/i;
/** The last word of a text that ends in white space. */
const WORD_BEFORE = /(\S+)\s+$/;
/** How far back a word before a name is looked for. */
const MAX_WORD_LENGTH = 40;

interface Located {
  readonly entity: Entity;
  readonly span: Span;
}

/** Every mention of every entity that can speak, in text order. */
function speakerMentions(entities: readonly Entity[]): Located[] {
  // Loops rather than `flatMap`, which costs several times as much on short arrays.
  const located: Located[] = [];
  for (const entity of entities) {
    if (entity.type === 'date') continue;
    for (const mention of entity.mentions) located.push({ entity, span: mention.span });
  }
  return located.sort((a, b) => a.span.start - b.span.start);
}

/**
 * Resolves quote speakers to the entities they refer to, in text order, so that a pronoun can
 * refer back to the person last quoted:
 *
 * - a speaker that names an entity (`Xu Guixiang, spokesman for ...`, `Xu`, `Foreign Ministry
 *   spokesman Wang Wenbin`): that entity, a person first;
 * - a pronoun (`He added`): the person last quoted, else the person last named before it;
 * - a role (`the spokesman`, `a spokesman for the regional government`): the person the article
 *   gives that role, the one named last before the quote when several share it;
 * - anything else (`sources`, `officials`, `a source`): `null`.
 */
export class SpeakerResolver {
  private readonly mentions: readonly Located[];
  private readonly people: readonly Entity[];
  private lastQuotedPerson: Entity | null = null;

  constructor(
    private readonly text: string,
    entities: readonly Entity[],
  ) {
    this.mentions = speakerMentions(entities);
    this.people = entities.filter((entity) => entity.type === 'person');
  }

  /** The entity id for a speaker span; call in the order of the quotes in the text. */
  resolve(speaker: Span): string | null {
    const entity = this.named(speaker) ?? this.pronoun(speaker) ?? this.byRole(speaker);
    if (entity?.type === 'person') this.lastQuotedPerson = entity;
    return entity?.id ?? null;
  }

  /** The index of the first mention that starts at or after `offset` (binary search: quotes x mentions stays small). */
  private firstAtOrAfter(offset: number): number {
    return firstNotBefore(this.mentions, (mention) => mention.span.start < offset);
  }

  private named(speaker: Span): Entity | null {
    const inside: Located[] = [];
    // A mention overlapping the speaker starts before its end; the one just before its start may reach into it.
    for (let i = Math.max(0, this.firstAtOrAfter(speaker.start) - 1); i < this.mentions.length; i++) {
      const mention = this.mentions[i]!;
      if (mention.span.start >= speaker.end) break;
      if (speaker.start < mention.span.end) inside.push(mention);
    }
    // A person named anywhere in the speaker is the speaker (`curator Marie Leclerc`, `Xu
    // Guixiang, spokesman for ...`); another entity only when the speaker opens with it (`The
    // Xinjiang Uygur autonomous region`, not `A small museum in the south of France`).
    // `Bluewater Shipping spokesman James Mensah`: a name right after a role noun is the one the
    // title describes, even where the tagger took the company before it for a person too.
    const titled = inside.find((m) => m.entity.type === 'person' && m.span.start > speaker.start && isRoleNoun(this.wordBefore(m.span.start)));
    const person = titled ?? inside.find((m) => m.entity.type === 'person');
    if (person) return person.entity;
    const opening = this.text.slice(speaker.start, speaker.end).match(DETERMINERS)?.[0].length ?? 0;
    return inside.find((m) => m.span.start === speaker.start + opening)?.entity ?? null;
  }

  /** The word that ends right before `offset`, across one run of white space (`''` when there is none). */
  private wordBefore(offset: number): string {
    return WORD_BEFORE.exec(this.text.slice(Math.max(0, offset - MAX_WORD_LENGTH), offset))?.[1] ?? '';
  }

  private pronoun(speaker: Span): Entity | null {
    const word = this.text.slice(speaker.start, speaker.end).trim().toLowerCase();
    if (!PERSON_PRONOUNS.has(word)) return null;
    return this.lastQuotedPerson ?? this.personNamedBefore(speaker.start, () => true);
  }

  private byRole(speaker: Span): Entity | null {
    const words = this.text.slice(speaker.start, speaker.end).replace(DETERMINERS, '').trim();
    const head = words.split(/\s+/).find((word) => isRoleNoun(word));
    if (!head) return null;
    const lower = words.toLowerCase();
    const hasRole = (person: Entity, matches: (role: string) => boolean) =>
      person.type === 'person' && person.roles.some((role) => matches(role.text.toLowerCase()));
    // The whole role as the article gives it, wherever the person is named (`a spokesman for the
    // regional government` before `Xu Guixiang, spokesman for the regional government`).
    const exact = this.people.filter((person) => hasRole(person, (role) => role === lower));
    if (exact.length === 1) return exact[0]!;
    const sharing = (person: Entity) => hasRole(person, (role) => role.split(/\s+/).includes(head.toLowerCase()));
    // Only a definite role refers back (`the spokesman`); `a spokesman` is someone new.
    if (!/^the\s/i.test(this.text.slice(speaker.start, speaker.end))) return null;
    if (this.lastQuotedPerson && sharing(this.lastQuotedPerson)) return this.lastQuotedPerson;
    return this.personNamedBefore(speaker.start, sharing);
  }

  private personNamedBefore(offset: number, accept: (person: Entity) => boolean): Entity | null {
    for (let i = this.firstAtOrAfter(offset) - 1; i >= 0; i--) {
      const { entity, span } = this.mentions[i]!;
      if (span.end <= offset && entity.type === 'person' && accept(entity)) return entity;
    }
    return null;
  }
}
