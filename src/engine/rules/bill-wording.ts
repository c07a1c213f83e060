/**
 * The drafting patterns (corpus/patterns) put into a bill's own drafting before a fix writes them:
 * the bill's defined term for the protected person and for a child (a definition the bill already
 * has is referred to, never repeated), its quote and apostrophe style, "shall" or "must", and the
 * name the provision gives itself ("this section", "this article"). Implements the project's notes
 * on drafting conventions (../shared/notes/drafting-conventions.md): defined terms used exactly and
 * never defined twice; quotes and modal verbs as the bill writes them.
 */
import { inBillQuotes, readConventions, type BillConventions } from '../drafting/index.js';
import type { AnalysedBill, AnalysedSection } from '../model.js';
import { patternText } from './util.js';

const CACHE = new WeakMap<AnalysedBill, BillConventions>();

/** The bill's conventions, read once per analysed bill (only when a fix needs them). */
export function conventionsFor(bill: AnalysedBill): BillConventions {
  let c = CACHE.get(bill);
  if (!c) {
    c = readConventions(bill);
    CACHE.set(bill, c);
  }
  return c;
}

/** "a" or "an" before a word, by its sound for the common cases ("an offence", "a minor", "a unit"). */
export function article(word: string): 'a' | 'an' {
  if (/^(?:one|once|uni|use|usu|eu|u[bcdfgklmnprst][aeiou])/i.test(word)) return 'a';
  if (/^(?:hour|honest|honou?r|heir)/i.test(word)) return 'an';
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** The bill's term for the protected person, when it defines one; else "victim of trafficking". */
function victimTerm(conv: BillConventions): string {
  return conv.victimTerm?.defined ? conv.victimTerm.term : 'victim of trafficking';
}

/** How the provision names itself: "this section", "this article", "this regulation". */
export function selfName(section: AnalysedSection | undefined): string {
  const k = (section?.model.keyword ?? '').toLowerCase();
  if (/^art/.test(k)) return 'this article';
  if (/^reg/.test(k)) return 'this regulation';
  if (/^rule/.test(k)) return 'this rule';
  if (/^para/.test(k)) return 'this paragraph';
  return 'this section';
}

/**
 * The bill's spelling of "offence" and "defence": a bill that writes "offense" and "defense" (United
 * States usage) gets them so spelt. `billText` is the whole bill; `words` the text to write into it.
 */
export function inBillSpelling(billText: string, words: string): string {
  return usSpelling(billText) ? words.replace(/\b(offen|defen)ce(s?)\b/g, '$1se$2') : words;
}

/** The last bill read for its spelling (a bill with thousands of fixes is read once). */
let spelt: { text: string; us: boolean } | undefined;

function usSpelling(billText: string): boolean {
  if (spelt?.text === billText) return spelt.us;
  const us = (billText.match(/\b(?:offen|defen)se/gi) ?? []).length;
  const uk = (billText.match(/\b(?:offen|defen)ce/gi) ?? []).length;
  spelt = { text: billText, us: us > uk };
  return spelt.us;
}

/** Common to every pattern: the victim term, the modal verb and the quote style. */
function common(conv: BillConventions, text: string): string {
  let t = text.replace(/\bvictim of trafficking\b/g, victimTerm(conv));
  if (conv.modal === 'must') t = t.replace(/\bshall\b/g, 'must');
  return inBillQuotes(conv, t);
}

/** The causation test ("the act was committed as a direct result of the person's being a victim of trafficking"), in the bill's words. */
export function causationWording(conv: BillConventions): string {
  return common(conv, patternText('pattern-causation-test'));
}

/** The causal phrase alone, for a condition introduced by "because": "as a direct result of the person's being a victim of trafficking". */
export function causalPhrase(conv: BillConventions): string {
  return causationWording(conv).replace(/^the act was committed\s+/, '');
}

/** The prosecution-burden sentence, naming the provision as it names itself ("this article applies"). */
export function prosecutionBurdenWording(conv: BillConventions, section: AnalysedSection | undefined): string {
  return common(conv, patternText('pattern-prosecution-burden')).replace(/\bthis section\b/g, selfName(section));
}

/**
 * The child limb in the bill's words: its term for a child (its definition referred to, not
 * repeated) and for the protected person. `unit` is what the limb is ("subsection" when numbered as
 * one, else the provision's own name), for the definition's "In this subsection".
 */
export function childLimbWording(conv: BillConventions, unit: string): string {
  let t = patternText('pattern-child-limb');
  // The limb's own definition of a child (to its full stop), with the spaces before it.
  const lead = t.indexOf('In this subsection, "child" means ');
  const stop = lead < 0 ? -1 : t.indexOf('.', lead);
  const child = conv.childTerm?.defined ? conv.childTerm.term : 'child';
  if (stop >= 0) {
    const from = t.slice(0, lead).trimEnd().length;
    const rest = t.slice(0, from) + t.slice(stop + 1);
    // A bill that defines its term for a child is referred to; otherwise the limb defines it for itself.
    t = conv.childTerm?.defined ? rest : t.replace('In this subsection', `In ${unit}`);
  }
  if (child !== 'child') {
    t = t.replace(/\ba child\b/g, `${article(child)} ${child}`).replace(/\bchild\b(?!")/g, child);
  }
  const victim = victimTerm(conv);
  // "Where the victim is a child": the bill's term for the person ("Where the trafficked person is a child").
  if (victim !== 'victim of trafficking') t = t.replace(/^Where the victim is\b/, `Where the ${victim} is`);
  return common(conv, t);
}
