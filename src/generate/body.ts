import type { QuoteKind } from '../model/quote.js';
import type { Block } from '../model/span.js';
import type { Person } from './cast.js';
import type { EntityRef } from './entity-registry.js';
import type { Random } from './random.js';
import { UNNAMED_SPEAKERS } from './vocabulary.js';
import type { ArticleWriter, WrittenSpeaker } from './writer.js';

/** A quote as the generator writes it; the speaker's entity id is resolved once all entities are known. */
export interface QuoteDraft {
  readonly kind: QuoteKind;
  readonly content: Block;
  readonly cue: Block;
  readonly speaker: { readonly block: Block; readonly person: EntityRef | null };
  readonly paragraph: number;
}

/** The ways a body paragraph after the lead can be written. */
type ParagraphKind = 'direct' | 'reported-after' | 'reported-before' | 'unnamed' | 'according-to' | 'mixed' | 'background';

const PARAGRAPH_KINDS: readonly ParagraphKind[] = [
  'direct', 'direct', 'reported-after', 'reported-before', 'unnamed', 'according-to', 'mixed', 'background', 'background',
];

/**
 * Draws from a list without repeating until every item has been drawn, so that an article does not
 * say the same sentence twice before it has used them all.
 */
class Deck<T> {
  #pile: T[] = [];
  constructor(
    readonly items: readonly T[],
    readonly random: Random,
  ) {}

  draw(): T {
    if (this.#pile.length === 0) this.#pile = this.random.sample(this.items, this.items.length);
    return this.#pile.pop()!;
  }
}

/** Writes the body paragraphs of one article and the quotes in them. */
export class BodyWriter {
  readonly quotes: QuoteDraft[] = [];
  readonly #quoted: Deck<string>;
  readonly #reported: Deck<string>;
  readonly #fragments: Deck<string>;
  readonly #background: Deck<string>;

  constructor(
    readonly writer: ArticleWriter,
    readonly random: Random,
  ) {
    const { topic } = writer.cast;
    this.#quoted = new Deck(topic.quotes, random);
    this.#reported = new Deck(topic.reported, random);
    this.#fragments = new Deck(topic.fragments, random);
    this.#background = new Deck(topic.background, random);
  }

  /** The lead: what the first speaker said, reported, with their full name and role (or a plain statement without quotes). */
  lead(paragraph: number, withQuotes: boolean): void {
    const { writer, random } = this;
    const content = writer.template(random, random.pick(writer.cast.topic.leads), 'prose', true);
    if (!withQuotes) {
      writer.write('.');
      return;
    }
    writer.write(', ');
    const speaker = writer.speaker(this.#speakerAt(0));
    if (speaker.appositive) writer.write(',');
    writer.write(' ');
    const cue = writer.write('said');
    writer.write(' on ');
    writer.template(random, '{weekday}', 'prose');
    writer.write('.');
    this.#add('indirect', content, cue, speaker, paragraph);
  }

  /** A paragraph after the lead: a quote of some kind, sometimes followed by a background sentence. */
  paragraph(paragraph: number, withQuotes: boolean): void {
    const kind: ParagraphKind = !withQuotes ? 'background' : paragraph === 1 ? 'direct' : this.random.pick(PARAGRAPH_KINDS);
    // The first speaker is quoted directly right after the lead, as news stories do.
    const person = paragraph === 1 ? this.#speakerAt(0) : this.random.pick(this.writer.cast.people);
    switch (kind) {
      case 'direct':
        this.#direct(person, paragraph);
        break;
      case 'reported-after':
        this.#reportedAfter(person, paragraph);
        break;
      case 'reported-before':
        this.#reportedBefore(person, paragraph);
        break;
      case 'unnamed':
        this.#unnamed(paragraph);
        break;
      case 'according-to':
        this.#accordingTo(person, paragraph);
        break;
      case 'mixed':
        this.#mixed(person, paragraph);
        break;
      case 'background':
        this.#sentence();
        if (this.random.chance(0.5)) {
          this.writer.write(' ');
          this.#sentence();
        }
        return;
      default:
        kind satisfies never;
    }
    if (this.random.chance(0.25)) {
      this.writer.write(' ');
      this.#sentence();
    }
  }

  #speakerAt(index: number): Person {
    return this.writer.cast.people[index] ?? this.writer.cast.people[0]!;
  }

  #sentence(): void {
    this.writer.template(this.random, this.#background.draw(), 'prose', true);
  }

  #add(kind: QuoteKind, content: Block, cue: Block, speaker: WrittenSpeaker | Block, paragraph: number): void {
    const named = 'person' in speaker;
    this.quotes.push({
      kind,
      content,
      cue,
      speaker: named ? { block: speaker.block, person: speaker.person } : { block: speaker, person: null },
      paragraph,
    });
  }

  /** `"One. Two," Lopez said.`, `"One," said Lopez.`, `Lopez said: "One."` or `"One," Lopez told reporters.` */
  #direct(person: Person, paragraph: number): void {
    const { writer, random } = this;
    const sentences = random.chance(0.4) ? [this.#quoted.draw(), this.#quoted.draw()] : [this.#quoted.draw()];
    const form = random.int(0, 3);
    if (form === 2) {
      const speaker = writer.speaker(person, true);
      writer.write(speaker.appositive ? ', ' : ' ');
      const cue = writer.write('said');
      writer.write(': "');
      const content = writer.write(`${sentences.join('. ')}.`);
      writer.write('"');
      this.#add('direct', content, cue, speaker, paragraph);
      return;
    }
    writer.write('"');
    const content = writer.write(`${sentences.join('. ')},`);
    writer.write('" ');
    if (form === 1) {
      const cue = writer.write('said');
      writer.write(' ');
      const speaker = writer.speaker(person);
      writer.write('.');
      this.#add('direct', content, cue, speaker, paragraph);
      return;
    }
    const speaker = writer.speaker(person);
    if (speaker.appositive) writer.write(',');
    writer.write(' ');
    const cue = writer.write(form === 3 ? 'told' : 'said');
    writer.write(form === 3 ? ' reporters.' : '.');
    this.#add('direct', content, cue, speaker, paragraph);
  }

  /** `Lopez said the talks would resume.` or `Lopez added that ...` (`that` belongs to the content). */
  #reportedAfter(person: Person, paragraph: number): void {
    const { writer, random } = this;
    const speaker = writer.speaker(person, true);
    writer.write(speaker.appositive ? ', ' : ' ');
    const cue = writer.write(random.pick(['said', 'added', 'noted']));
    writer.write(' ');
    const start = writer.builder.offset;
    if (random.chance(0.5)) writer.write('that ');
    writer.template(random, this.#reported.draw(), 'prose');
    const content = writer.builder.blockFrom(start);
    writer.write('.');
    this.#add('indirect', content, cue, speaker, paragraph);
  }

  /** `The talks would resume, Lopez said.` */
  #reportedBefore(person: Person, paragraph: number): void {
    const { writer, random } = this;
    const content = writer.template(random, this.#reported.draw(), 'prose', true);
    writer.write(', ');
    const speaker = writer.speaker(person);
    writer.write(speaker.appositive ? ', ' : ' ');
    const cue = writer.write('said');
    writer.write('.');
    this.#add('indirect', content, cue, speaker, paragraph);
  }

  /** `The talks would resume, officials said.`: a speaker that names no entity. */
  #unnamed(paragraph: number): void {
    const { writer, random } = this;
    const content = writer.template(random, this.#reported.draw(), 'prose', true);
    writer.write(', ');
    const speaker = writer.write(random.pick(UNNAMED_SPEAKERS));
    writer.write(' ');
    const cue = writer.write('said');
    writer.write('.');
    this.#add('indirect', content, cue, speaker, paragraph);
  }

  /** `According to Lopez, the talks would resume.` */
  #accordingTo(person: Person, paragraph: number): void {
    const { writer, random } = this;
    const cue = writer.write('According to');
    writer.write(' ');
    const speaker = writer.speaker(person);
    writer.write(', ');
    const content = writer.template(random, this.#reported.draw(), 'prose');
    writer.write('.');
    this.#add('indirect', content, cue, speaker, paragraph);
  }

  /** `Lopez said the plan was "a step in the right direction."`: reported speech holding a quoted fragment. */
  #mixed(person: Person, paragraph: number): void {
    const { writer, random } = this;
    const [lead, fragment] = this.#fragments.draw().split('|');
    const speaker = writer.speaker(person, true);
    writer.write(speaker.appositive ? ', ' : ' ');
    const added = random.chance(0.5);
    const cue = writer.write(added ? 'added' : 'said');
    writer.write(' ');
    const content = writer.write(`${added ? 'that ' : ''}${lead ?? ''} "${fragment ?? ''}."`);
    this.#add('mixed', content, cue, speaker, paragraph);
  }
}
