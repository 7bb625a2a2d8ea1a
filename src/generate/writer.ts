import type { Block } from '../model/span.js';
import type { Cast, Person } from './cast.js';
import { EntityRegistry, type EntityRef } from './entity-registry.js';
import type { Random } from './random.js';
import { TextBuilder } from './text-builder.js';
import { MONTHS, PLACES_TAKING_THE, WEEKDAYS, type OrganizationEntry } from './vocabulary.js';

/**
 * Where a template is written: headlines name organizations without `the` and never by acronym;
 * captions place things as `City, Country`; prose does neither.
 */
export type WritingContext = 'headline' | 'caption' | 'prose';

/** A speaker as written: the phrase, the person it names, and whether an appositive needs a closing comma. */
export interface WrittenSpeaker {
  readonly block: Block;
  readonly person: EntityRef;
  readonly appositive: boolean;
}

const SLOT = /\{(\w+)\}/g;

/** What filling the slots of one template needs: where it is written, and what it has used. */
interface SlotFill {
  readonly random: Random;
  readonly context: WritingContext;
  /** Whether nothing of the template has been written yet in a sentence-initial template. */
  readonly atSentenceStart: () => boolean;
  /** Places and organizations already in this template: a headline names two different places. */
  readonly usedPlaces: Set<string>;
  readonly usedOrganizations: Set<OrganizationEntry>;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * Writes an article piece by piece into one {@link TextBuilder} and reports every entity it writes
 * to one {@link EntityRegistry}: the only place where text and annotations are made together.
 * It remembers who and what has been introduced, so that a person is named in full with their
 * role once and by surname afterwards, and an organization by name once and by acronym afterwards.
 */
export class ArticleWriter {
  readonly builder = new TextBuilder();
  readonly registry = new EntityRegistry();
  readonly #introducedPeople = new Set<string>();
  readonly #introducedOrganizations = new Set<string>();

  constructor(readonly cast: Cast) {}

  write(text: string): Block {
    return this.builder.append(text);
  }

  /** Writes `written` as a mention of the entity `ref`. */
  mention(ref: EntityRef, written: string): Block {
    const block = this.builder.append(written);
    this.registry.addMention(ref, block);
    return block;
  }

  /**
   * Writes a template, filling its slots (see `vocabulary.ts`). At the start of a sentence the first
   * letter is capitalized. Slots of one kind are filled with different values where the cast has them.
   */
  template(random: Random, template: string, context: WritingContext, sentenceStart = false): Block {
    const start = this.builder.offset;
    const fill: SlotFill = {
      random,
      context,
      atSentenceStart: () => sentenceStart && this.builder.offset === start,
      usedPlaces: new Set(),
      usedOrganizations: new Set(),
    };
    const writeLiteral = (literal: string) => {
      if (literal) this.write(fill.atSentenceStart() ? capitalized(literal) : literal);
    };
    let last = 0;
    for (const match of template.matchAll(SLOT)) {
      writeLiteral(template.slice(last, match.index));
      this.#slot(match[1]!, fill);
      last = match.index + match[0].length;
    }
    writeLiteral(template.slice(last));
    return this.builder.blockFrom(start);
  }

  #slot(slot: string, { random, context, atSentenceStart, usedPlaces, usedOrganizations }: SlotFill): void {
    switch (slot) {
      case 'place':
        if (context === 'caption') {
          const city = random.pick(this.cast.cities);
          this.mention({ type: 'place', name: city.city }, city.city);
          this.write(', ');
          this.mention({ type: 'place', name: city.country }, city.country);
        } else {
          const fresh = this.cast.places.filter((place) => !usedPlaces.has(place));
          const place = random.pick(fresh.length > 0 ? fresh : this.cast.places);
          usedPlaces.add(place);
          if (context === 'prose' && PLACES_TAKING_THE.has(place)) this.write(atSentenceStart() ? 'The ' : 'the ');
          this.mention({ type: 'place', name: place }, place);
        }
        return;
      case 'org':
      case 'orgName': {
        const fresh = this.cast.organizations.filter((entry) => !usedOrganizations.has(entry));
        const organization = random.pick(fresh.length > 0 ? fresh : this.cast.organizations);
        usedOrganizations.add(organization);
        this.organization(organization, slot === 'orgName' || context === 'headline' ? 'bare' : 'prose', atSentenceStart());
        return;
      }
      case 'weekday':
        this.date(random.pick(WEEKDAYS), null);
        return;
      case 'month': {
        const month = random.int(1, 12);
        this.date(MONTHS[month - 1]!.name, `--${pad2(month)}`);
        return;
      }
      case 'fullDate': {
        const month = random.int(1, 12);
        const day = random.int(1, 28);
        const year = this.cast.year;
        this.date(`${MONTHS[month - 1]!.name} ${day}, ${year}`, `${year}-${pad2(month)}-${pad2(day)}`);
        return;
      }
      case 'year': {
        const year = this.cast.year - random.int(1, 8);
        this.date(String(year), String(year));
        return;
      }
      case 'number':
        this.write(String(random.int(2, 40)));
        return;
      default:
        throw new Error(`unknown template slot {${slot}}`);
    }
  }

  /** Writes a date as a mention of the date entity with that text (one entity per distinct date). */
  date(written: string, value: string | null): Block {
    return this.mention({ type: 'date', name: written, value }, written);
  }

  /**
   * Writes an organization. `bare`: its name alone (headlines, `Foreign Ministry spokesman`).
   * `prose`: with `the` when it takes one (outside the mention), by name the first time and by
   * acronym afterwards.
   */
  organization(organization: OrganizationEntry, form: 'bare' | 'prose', atStart = false): Block {
    const ref: EntityRef = { type: 'organization', name: organization.name };
    if (form === 'bare') return this.mention(ref, organization.name);
    if (organization.the) this.write(atStart ? 'The ' : 'the ');
    const introduced = this.#introducedOrganizations.has(organization.name);
    this.#introducedOrganizations.add(organization.name);
    return this.mention(ref, introduced && organization.acronym ? organization.acronym : organization.name);
  }

  /**
   * Writes a person as the speaker of a quote: the first time with their role
   * (`Foreign Ministry spokesman Wang Jun`, `Maria Lopez, chief economist at Meridian Bank`),
   * afterwards by surname. The caller writes the comma that closes an appositive. At the start of
   * a sentence a role is capitalized (`Economist Wang Jun said`).
   */
  speaker(person: Person, sentenceStart = false): WrittenSpeaker {
    const ref: EntityRef = { type: 'person', name: person.fullName };
    const start = this.builder.offset;
    if (this.#introducedPeople.has(person.fullName)) {
      this.mention(ref, person.shortName);
      return { block: this.builder.blockFrom(start), person: ref, appositive: false };
    }
    this.#introducedPeople.add(person.fullName);
    if (person.role.placement === 'prefix') {
      this.#role(person, ref, sentenceStart);
      this.write(' ');
      this.mention(ref, person.fullName);
    } else {
      this.mention(ref, person.fullName);
      this.write(', ');
      this.#role(person, ref, false);
    }
    return { block: this.builder.blockFrom(start), person: ref, appositive: person.role.placement === 'appositive' };
  }

  #role(person: Person, ref: EntityRef, sentenceStart: boolean): void {
    const start = this.builder.offset;
    const [before, after] = person.role.template.split(/\{org(?:Name)?\}/);
    if (before) this.write(sentenceStart ? capitalized(before) : before);
    if (person.organization && after !== undefined) {
      this.organization(person.organization, person.role.template.includes('{orgName}') ? 'bare' : 'prose');
      this.write(after);
    }
    this.registry.addRole(ref, this.builder.blockFrom(start));
  }
}
