import type { Block } from '../model/span.js';
import type { Byline, Caption, Dateline } from '../model/structure.js';
import { drawName, fullNameOf } from './cast.js';
import type { Random } from './random.js';
import { MONTHS } from './vocabulary.js';
import type { ArticleWriter } from './writer.js';

/** Writes the lead photo caption: a sentence about the topic, then its credit in parentheses. */
export function writeCaption(writer: ArticleWriter, random: Random): Caption {
  const start = writer.builder.offset;
  writer.template(random, random.pick(writer.cast.topic.captions), 'caption', true);
  writer.write('.');
  const caption = writer.builder.blockFrom(start);
  const photographer = fullNameOf(drawName(random, new Set(writer.cast.people.map((person) => person.shortName))));
  const credit = random.pick(writer.cast.agency.credits).replace('{photographer}', photographer);
  writer.write(' (');
  const creditBlock = writer.write(credit);
  writer.write(')');
  return { ...caption, credit: creditBlock };
}

/** Writes the headline: one line, sentence case, no closing period. */
export function writeHeadline(writer: ArticleWriter, random: Random): Block {
  return writer.template(random, random.pick(writer.cast.topic.headlines), 'headline', true);
}

/**
 * Writes a byline of one or two authors (`By Maria Lopez and Wang Jun`). Authors are not entities:
 * the model holds them in `byline.authors`, and the parser does not annotate bylines either.
 */
export function writeByline(writer: ArticleWriter, random: Random): Byline {
  const start = writer.builder.offset;
  // Authors share no surname with the people quoted, so that a surname names one person.
  const taken = new Set(writer.cast.people.map((person) => person.shortName));
  const first = drawName(random, taken);
  const names = random.chance(0.4) ? [first, drawName(random, new Set([...taken, first.surname]))] : [first];
  writer.write('By ');
  const authors = names.map((name, i) => {
    if (i > 0) writer.write(' and ');
    const block = writer.write(fullNameOf(name));
    return { name: block.text, span: block.span };
  });
  return { ...writer.builder.blockFrom(start), authors };
}

/**
 * Writes the dateline that opens the first paragraph, in the agency's style
 * (`BEIJING, Sept 4 (Xinhua) --`, `NAIROBI (AP) —`). The city, the date and the agency are
 * entity mentions, as the parser annotates them.
 */
export function writeDateline(writer: ArticleWriter, random: Random): Dateline {
  const { agency, home } = writer.cast;
  const start = writer.builder.offset;
  let place: string | null = null;
  let date: string | null = null;
  for (const piece of agency.dateline.split(/(\{\w+\})/)) {
    switch (piece) {
      case '{CITY}':
        place = writer.mention({ type: 'place', name: home.city }, home.city.toUpperCase()).text;
        break;
      case '{date}': {
        const month = random.int(1, 12);
        const day = random.int(1, 28);
        const value = `--${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        date = writer.date(`${MONTHS[month - 1]!.short} ${day}`, value).text;
        break;
      }
      case '{agency}':
        writer.mention({ type: 'organization', name: agency.name }, agency.name);
        break;
      default:
        if (piece) writer.write(piece);
    }
  }
  return { ...writer.builder.blockFrom(start), place, agency: agency.name, date };
}
