/**
 * The conditions of a non-punishment provision that a child limb must set aside. A limb that only
 * says "it is not necessary to show that the child was compelled" leaves a child held to every other
 * condition the provision sets: no reasonable opportunity to escape, a reasonable-person test, a
 * threat of death or serious injury, a seriousness limit, an "applies only if" subsection, a list of
 * conditions in paragraphs. A child is a victim of trafficking whatever the means used, and no test
 * of compulsion should be applied to children (CTOC/COP/WG.4/2020/2, para. 56; ASEAN Guideline (2025),
 * Guideline [1]): the limb names those conditions, by the provision's own numbering where they sit in
 * a subsection or paragraph of their own, or by the provision's own words where they sit inside the
 * protection's sentence. The link to the trafficking ("as a direct result of being trafficked") is
 * never set aside: a clause or condition that states it is left alone.
 *
 * Read from what the engine knows already: the duress rule's reading of the test (its hits, the
 * condition each sits in, the words that widen compulsion) and the gravity rule's carve-outs; no
 * second list of compulsion words.
 */
import { notRequired, type Span } from '../../analyse.js';
import type { Clause } from '../../bill.js';
import type { AnalysedSection } from '../../model.js';
import { matchAll } from '../../patterns.js';
import { compelledDeed, type NexusFacts } from '../duress-threshold/index.js';
import { CAUSATION } from '../duress-threshold/patterns.js';
import type { GravityFacts } from '../serious-offence-exclusion/index.js';
import { GRAVITY } from '../serious-offence-exclusion/patterns.js';
import type { ConditionFacts } from '../conditional-protection/index.js';
import type { DiscretionFacts } from '../discretionary-protection/index.js';
import type { ScopeFacts } from '../discriminatory-scope/index.js';
import type { ClosedListFacts } from '../closed-offence-list/index.js';
import { RESTRICTION } from '../closed-offence-list/patterns.js';
import { SUBDIVISION } from '../util.js';
import { temporalLinkBefore } from '../bill-wording.js';
import { has } from '../../patterns.js';

/**
 * A class named by one offence section ("a victim of an offence under section 279.01"): group 1 the offence, group 2
 * its unit, group 3 its number. Several sections ("sections 12 and 13", "section 279.01 or 279.011") are not matched.
 * For a child, such a class is too narrow (see `childClass` in index.ts): the limb restates it wider.
 */
export const ONE_OFFENCE = /\bvictim\s{1,4}of\s{1,4}(an\s{1,4}offen[cs]e\s{1,4}(?:under|against)\s{1,4}(section|article|s\.)\s{1,4}(\d{1,4}[A-Za-z]{0,2}(?:\.\d{1,4}[A-Za-z]{0,2}){0,2}(?:\(\d{1,3}\))?))(?![\w.(]|\.\d|\s{0,4},?\s{0,4}(?:or|and)\s{1,4}(?:section\s|article\s)?\d)/gi;

/** What the limb sets aside: clauses named by number, and words inside the protection's sentence. */
export interface ChildConditions {
  /** Subsections and paragraphs that set conditions ("subsection (2)", "paragraphs (b) and (c) of subsection (1)"). */
  conditions: string[];
  /** Whether those name more than one condition (a subsection holding a list of them counts as several). */
  several: boolean;
  /** Subsections and paragraphs that exclude offences ("subsection (3)"), for "despite subsection (3)". */
  exclusions: string[];
  /** Words of conditions inside a protection's sentence (no quotation marks yet): see `Quotation`. */
  words: Quotation[];
  /** Subsections that govern a discretion the limb turns into a duty ("In exercising the discretion under subsection (1)"): for a child, they do not apply. */
  inapplicable?: string[];
}

/**
 * How the limb quotes a condition inside the protection's sentence: from its first words to its
 * last ones, or to the end of the unit that holds it. `unit` names that unit ("subsection (1)"), or
 * is undefined for the provision as a whole.
 */
export type Quotation = {
  unit?: string;
  from: string;
  to?: string;
  /** `from` is the condition's every word ("under threat"), quoted whole. */
  whole?: boolean;
  /** Words put in the place of the quoted ones ("shall not" for "may decline to"), rather than omitted. */
  substitute?: string;
  /** The quoted words occur more than once in their sentence, and each is meant. */
  each?: boolean;
  /** Where `substitute` carries the link and another condition of the sentence carries it instead: the words put in their place without it. */
  plain?: string;
  /** `substitute` is put after the quoted words, which stay ("as if after the word "prostitution" there were inserted ..."). */
  inserted?: boolean;
};

/**
 * What the other rules read in the section, each a condition a child would still meet: the
 * conditional rule's (co-operation, certification, the trafficker's conviction), the discretion
 * rule's (a qualifier, a permission, a power), the scope rule's (victims who are not nationals);
 * `modal` is the bill's verb of obligation, for a power the limb turns into a duty.
 */
export interface OtherConditions {
  conditional?: ConditionFacts;
  discretion?: DiscretionFacts;
  scope?: ScopeFacts;
  /** The scope rule's reading, for a carve-out inside the protection's sentence ("any offense other than an offense involving the death of a person"). */
  closed?: ClosedListFacts;
  modal?: 'shall' | 'must';
  /** The bill's definition of a term the words use ("trafficking-related offence" means ...), if any: its body. */
  definedAs?: (words: string) => string | undefined;
}

/** The words for the provision's subdivisions (see `childConditions`). */
export interface UnitWords {
  /** Its top-level units ("subsection"; "paragraph" in an article or where the provision says "paragraph 1"). */
  top: string;
  /** Units nested in them ("paragraph"; "point" in an article). */
  nested: string;
  /** Numbers written without brackets ("paragraph 2"), as the provision writes them. */
  bare: boolean;
  /** What the section's unmarked first paragraph becomes when the limb numbers it ("(1)"). */
  firstBecomes?: string;
}

/** "applies only if", "applies only in relation to": a clause that limits the protection. */
const ONLY = /\bappl(?:y|ies)\s{1,8}only\b|\bonly\s{1,8}(?:appl(?:y|ies)|if|where|when|in\s{1,8}relation\s{1,8}to)\b/i;
/** "does not apply to": a clause that excludes offences from the protection. */
const NOT_APPLY = /\b(?:does|do|shall|will)\s{1,8}not\s{1,8}(?:apply|extend)\b|\bis\s{1,8}not\s{1,8}(?:available|applicable)\b/i;
/** A definition, an interpretation clause or a presumption in the person's favour ("For the purposes of ...", "... means ...", "it shall be presumed that the person was coerced"): never a condition. */
const DEFINES = /\bpresum\w{0,8}\b|\bfor\s{1,8}the\s{1,8}purposes?\s{1,8}of\b|\bmeans\b|\bhas\s{1,8}the\s{1,8}meaning\b|\bin\s{1,8}this\s{1,8}(?:section|article|subsection|paragraph)\s{0,8}[,—–:-]/i;
/** The words that open a list of conditions: "if—", "where:", "The conditions are that—", "satisfies the court that". */
const CONDITIONS_INTRO = /\b(?:if|where|when|that)\s?[—–:-]{0,2}$/i;
/**
 * A paragraph or clause about the person's status as a victim, the period of the trafficking or why
 * the act was done ("(a) the person was a trafficked person when ...", "only if ... because the
 * applicant was a victim"): part of the link, kept.
 */
const STATUS = /\b(?:victims?|trafficked|because|result|consequence)\b/i;
const MARKED = /^\(\w{1,4}\)$/;
/** The deed a sentence names: "offence", "acts", "crimes" (for "the offence was committed", "the acts were committed"); in lower case, never an Act's title. */
const DEED = /\b(?:offen[cs]es?|crimes?|acts?)\b/;
/** The most conditions a limb quotes by their words. */
const MAX_QUOTED = 6;
/** The most words a limb quotes whole ("the words "out of fear of the trafficker""), rather than by its ends. */
const MAX_WHOLE = 10;
/**
 * The words that open a condition on the act, where the duress rule read no conjunction: "committed
 * while under a threat of death", "because he or she was threatened", "out of fear", "under threat",
 * "against his will", "in order to avert an imminent danger". Structural words only: which of these
 * conditions is a test of compulsion is the duress rule's reading.
 */
const OPENER = /\b(?:while|whilst|because|out\s{1,4}of|under|in\s{1,4}order\s{1,4}to|so\s{1,4}as\s{1,4}to|against|when|where|if|provided\s{1,4}that|unless|on\s{1,4}account\s{1,4}of|by\s{1,4}reason\s{1,4}of|owing\s{1,4}to|due\s{1,4}to)\b/i;
/** A condition after a comma that starts a new one, or a main clause that resumes ("..., where that act is directly connected", "..., the victim shall"). */
const RESUMES = /\b(?:while|whilst|where|if|when|because|provided|unless|shall|may|must|is|are|will)\b/i;
/** The conjunctions that open a condition after the protection's words, where the act has no verb of its own ("exempt from the penalties ..., on condition that ..."). */
const CONDITION_OPENER = /\b(?:on\s{1,4}condition\s{1,4}that|provided\s{1,4}that|if|where|when|whenever|so\s{1,4}long\s{1,4}as)\b/i;
/** Where a condition's words end: a punctuation mark, or the opening of another condition. */
const STOP = /[,;:]|\.(?=\s|$)|\s(?=(?:while|whilst|where|if|when|because|provided|unless)\b)/gi;
/** A presumption against the person in a subsection of its own ("An offence committed after the victim regained freedom shall be presumed not to be such a result"). */
const PRESUMED_AGAINST = /\bpresum\w{0,8}\s{1,4}(?:\w{1,20}\s{1,4}){0,2}?not\b/i;
/**
 * A definition that closes the protection's "any offence" ("(2) For the purposes of paragraph (1), "offence" means an
 * offence under the law on foreigners, ..."): for a child, set aside with "despite", as an exclusion.
 */
const CLOSED_DEFINITION = /^\s{0,4}(?:\(\w{1,4}\)\s{0,4})?for\s{1,4}the\s{1,4}purposes?\s{1,4}of\s{1,4}(?:sub-?)?(?:sections?|paragraphs?|articles?)\s{1,4}\(?\d{1,3}\)?\s{0,4},?\s{0,4}["“](?:offen[cs]es?|crimes?|unlawful\s{1,4}acts?|criminal\s{1,4}acts?)["”]\s{1,4}means\b/i;
/** "Nothing in subsection (1) shall apply to ...": an exclusion written with "nothing". */
const NOTHING_APPLIES = /\bnothing\s{1,4}in\s[^.;]{1,60}?\s(?:(?:shall|does|will)\s{1,4}apply|applies)\s{1,4}to\b/i;
/** The person's status stated in a condition: "he was a victim of trafficking", "while being trafficked". */
const STATED_STATUS = /\b(?:is|was|were|are|been|being)\s{1,4}(?:an?\s{1,4}|the\s{1,4})?(?:victims?\s{1,4}of|trafficked)\b/i;
/** The person's status stated as a time: "while being trafficked", "whilst he was a victim of trafficking", "while under the control of a trafficker". */
const WHILE_STATUS = /\b(?:while|whilst)\s{1,4}(?:(?:he|she|they|he\s{1,4}or\s{1,4}she|the\s{1,4}(?:person|victim|accused|defendant|child))\s{1,4}(?:was|were|is|are)\s{1,4})?(?:being\s{1,4}trafficked|(?:an?\s{1,4})?victims?\s{1,4}of|trafficked|under\s{1,4}the\s{1,4}control\s{1,4}of)\b/gi;
/** A period of protection tied to the presumption of victim status ("while the presumption lasts"): for a child, whose limb asks only the link, no limit. */
const PRESUMPTION_LASTS = /\b(?:while|whilst|for\s{1,4}(?:so|as)\s{1,4}long\s{1,4}as|as\s{1,4}long\s{1,4}as)\s{1,4}the\s{1,4}presumption\s{1,4}(?:lasts|continues|subsists|applies|remains(?:\s{1,4}in\s{1,4}force)?|is\s{1,4}in\s{1,4}force)\b/gi;
/** A unit that governs how a discretion is used ("In exercising the discretion under subsection (1)", "In deciding whether to prosecute"). */
const GOVERNS_DISCRETION = /\b(?:exercis\w{1,4}\s{1,4}(?:the|that|this|his|her|its|their)\s{1,4}(?:discretion|power)|the\s{1,4}discretion\s{1,4}(?:under|in|conferred)|in\s{1,4}deciding\s{1,4}whether\s{1,4}(?:or\s{1,4}not\s{1,4})?to)\b/i;
/**
 * The means of trafficking made the cause of the act inside the link ("as a direct result of having been caused, by
 * force, fraud, or coercion, to engage in that specific conduct"): a child would still have to show the means.
 */
const CAUSED_BY_MEANS = /\bhaving\s{1,4}been\s{1,4}(?:caused|compelled|forced|induced|made)\s{0,4},?\s{0,4}by\s{1,4}(?:force|fraud|coercion|threats?|deception)(?:\s{0,4},\s{0,4}(?:force|fraud|coercion|threats?|deception)){0,4}(?:\s{0,4},?\s{1,4}or\s{1,4}(?:force|fraud|coercion|threats?|deception))?\s{0,4},?\s{1,4}to\s{1,4}(?:engage\s{1,4}in|commit)\s{1,4}(?:that|the|such)\s{1,4}(?:specific\s{1,4})?(?:conduct|offen[cs]e|act)\b/gi;
/** A power the limb can turn into a duty: "may decline to", "may decide not to" become "shall not". */
const POWER_NOT = /^may\s{1,4}(?:decline\s{1,4}to|decide\s{1,4}not\s{1,4}to)\b/i;

/** A power to clear a conviction: "may be expunged", "may quash", "may vacate", "may set aside", "may be sealed". */
const RELIEF_POWER = /^may\s{1,4}(?:be\s{1,4})?(?:expung|quash|vacat|set\s{1,4}aside|seal|annul|revers|eras|delet|remov)\w{0,4}\b/i;
/** ", with the approval of the public prosecutor at the court of appeal,": an approval set between commas. */
const APPROVAL = /,\s{0,4}((?:with|subject\s{1,4}to)\s{1,4}the\s{1,4}(?:prior\s{1,4}|written\s{1,4}|express\s{1,4})?(?:approval|consent|leave|authori[sz]ation|agreement|permission)\s{1,4}of\s[^,;.]{3,120}?)\s{0,4},/gi;

/**
 * Control by the trafficker made a condition of the act ("for the offences they commit while under the control of
 * the traffickers", "provided that the victim acted under the control of the trafficker"): a child would still
 * have to show it.
 */
const CONTROL = /\b(?:(?:while|whilst|when)\s{1,4}(?:(?:he|she|they|the\s{1,4}(?:victim|person))\s{1,4}(?:was|were|is|are)\s{1,4})?|provided\s{1,4}that\s{1,4}(?:he|she|they|the\s{1,4}(?:victim|person))\s{1,4}acted\s{1,4})under\s{1,4}the\s{1,4}control\s{1,4}of\s{1,4}(?:the\s{1,4}|a\s{1,4})?traffickers?\b/gi;
/** Proof of force asked of the person described ("The victim who establishes that he was forced to commit ..."). */
const PROVES_FORCED = /\b(?:establish(?:es)?|proves?|shows?|demonstrates?)\s{1,4}that\s{1,4}(?:he|she|he\s{1,4}or\s{1,4}she|they|the\s{1,4}(?:victim|person))\s{1,4}(?:was|were)\s{1,4}(?:forced|compelled|coerced)(?=\s{1,4}to\b)/gi;
/** A penalty lessened or waived at the court's choice ("the punishment shall be reduced or remitted"): for a child, waived. */
const LESSENED_OR = /\b(?:reduced|mitigated|lessened|diminished)\s{1,4}or\s{1,4}(remitted|waived)\b/gi;
/** A period of protection tied to a certificate or a permit (", for so long as the certificate remains in force and for two years thereafter,"). */
const PERIOD = /,\s{0,4}((?:for\s{1,4})?(?:so|as)\s{1,4}long\s{1,4}as\s[^,;.]{3,160}?)\s{0,4},/gi;
const PERIOD_OF_PAPERS = /\b(?:certificat\w{1,6}|permit|visa|identification|recognition)\b/i;
/**
 * A report by the victim the protection waits for, read as what reveals the victim's own offence ("If a
 * person who has suffered trafficking reports it, and the report reveals that the person has himself
 * committed a minor offence"): omitted for a child, to the person, so that the sentence still reads.
 */
const REPORT_REVEALS = /\breports?\s{1,4}(?:it|the\s{1,4}(?:offen[cs]e|trafficking|crime))\s{0,4},?\s{0,4}and\s{1,4}the\s{1,4}report\s{1,4}(?:reveals|shows|discloses)\s{1,4}that\s{1,4}(?:the\s{1,4}(?:person|victim)|he|she|they)\b/gi;
/**
 * A report by the victim that makes the victim's own offence known, the protection's condition ("by reporting that
 * offence, causes a lesser offence which the victim committed to be disclosed"): group 1 the offence's article, group 2
 * its noun. For a child, the offence committed as a direct result of the trafficking, and no report or disclosure.
 */
const REPORT_DISCLOSES = /\bby\s{1,4}reporting\s{1,4}(?:that|the|this|such)\s{1,4}(?:offen[cs]e|crime|trafficking)\s{0,4},?\s{0,4}causes?\s{1,4}(an?|any)\s{1,4}(?:(?:lesser|minor|petty|less\s{1,4}serious)\s{1,4})?(offen[cs]e|crime)\s{1,4}(?:which|that)\s{1,4}(?:the\s{1,4}(?:victim|person)|he|she|they|he\s{1,4}or\s{1,4}she)\s{1,4}(?:has\s{1,4}|had\s{1,4})?committed\s{1,4}to\s{1,4}be\s{1,4}(?:disclosed|revealed|discovered|known|detected)\b/gi;
/** A penalty kept where the offence is serious, inside the sentence ("unless its seriousness makes a penalty indispensable"). */
const UNLESS_SERIOUS = /\bunless\s{1,4}(?:its|the|their)\s{1,4}(?:seriousness|gravity)\b/gi;

/**
 * Compulsion put on the face of the act ("that the person was coerced to commit the offense", "acts which
 * the victim was compelled to carry out", "who is made to commit"): the passive verb of compulsion, an agent
 * it may name ("by the trafficker"), and the act's own verb, which a child's reading keeps in its plain form
 * ("committed"). Group 1 the auxiliary, group 2 the act's verb (after "to", or "into" with "-ing").
 */
const COMPELLED_TO = /\b(was|were|is|are|has\s{1,4}been|have\s{1,4}been)\s{1,4}(?:coerced|compelled|forced|obliged|made)(?:\s{1,4}by\s{1,4}(?:the|a|an|his|her|their)\s{1,4}[\w-]{1,30}(?:\s{1,4}[\w-]{1,30}){0,2}?)?\s{1,4}(?:to\s{1,4}(commit|carry\s{1,4}out|do|perform|engage|participate|take\s{1,4}part)|into\s{1,4}(committing|carrying\s{1,4}out|doing|performing|engaging|participating|taking\s{1,4}part))\b/gi;
/** The act's verb in the tense of the auxiliary it replaces: past for "was", present for "is", perfect for "has been". */
const ACT_FORMS: Record<string, [past: string, present: string, third: string, participle: string]> = {
  commit: ['committed', 'commit', 'commits', 'committed'],
  'carry out': ['carried out', 'carry out', 'carries out', 'carried out'],
  do: ['did', 'do', 'does', 'done'],
  perform: ['performed', 'perform', 'performs', 'performed'],
  engage: ['engaged', 'engage', 'engages', 'engaged'],
  participate: ['participated', 'participate', 'participates', 'participated'],
  'take part': ['took part', 'take part', 'takes part', 'taken part'],
};
const ING: Record<string, string> = { committing: 'commit', 'carrying out': 'carry out', doing: 'do', performing: 'perform', engaging: 'engage', participating: 'participate', 'taking part': 'take part' };

/** "was coerced to commit" read without the compulsion: "committed" ("is made to commit": "commits"; "have been forced to do": "have done"). */
function actWithoutCompulsion(aux: string, verb: string): string | undefined {
  const v = verb.replace(/\s+/g, ' ').toLowerCase();
  const forms = ACT_FORMS[ING[v] ?? v];
  if (!forms) return undefined;
  const a = aux.replace(/\s+/g, ' ').toLowerCase();
  if (a === 'was' || a === 'were') return forms[0];
  if (a === 'is') return forms[2];
  if (a === 'are') return forms[1];
  return `${a.split(' ')[0]} ${forms[3]}`;
}

/**
 * An official's opinion or satisfaction the protection waits for ("where the Director is of the opinion
 * that the offence was committed as a direct result of ..."): omitted for a child, to its "that", so that
 * the link it governed becomes the condition itself ("where the offence was committed as a direct result of ...").
 */
const OPINION = /\b(?:where|if|when|whenever|once)\s{1,4}((?:(?:the|an?)\s{1,4}[\w-]{1,30}(?:\s{1,4}(?:of\s{1,4})?[\w-]{1,30}){0,4}?|it|he|she|they)\s{1,4}(?:is|are)\s{1,4}(?:of\s{1,4}the\s{1,4}(?:opinion|view)|satisfied|convinced)\s{1,4}that)\s(?=\s{0,4}\S)/gi;
/** A court or judge, whose satisfaction that the link exists is a finding, kept for a child (the discretion, if any, is in its "may"). */
const COURT = /\b(?:courts?|judges?|tribunals?|magistrates?|justices?)\b/i;
/** Words that cannot be part of the name of the official who holds the opinion ("the conviction if it is satisfied"). */
const NOT_A_HOLDER = /\b(?:if|where|when|that|and|or|which|who)\b/i;

/**
 * Recognition as a victim made part of the class protected ("A person recognised as a victim of
 * trafficking", "persons identified by the Authority as victims"): a certification a child would still
 * need. Group 1 the relative words a child's reading needs in its place ("who is", "who are"), or none
 * after "who has been"; the match ends before "as".
 */
const RECOGNISED = /\b(?:(persons?|individuals?|people)\s{1,4}|(who|that)\s{1,4}(?:is|are|has\s{1,4}been|have\s{1,4}been)\s{1,4})((?:officially\s{1,4}|formally\s{1,4})?(?:recogni[sz]ed|identified|certified|designated|declared|confirmed)(?:\s{1,4}by\s{1,4}(?:the|an?)\s{1,4}[\w-]{1,30}(?:\s{1,4}[\w-]{1,30}){0,3}?)?\s{1,4}as)\s{1,4}(?:an?\s{1,4})?(?:victims?|trafficked|persons?\s{1,4}(?:who|trafficked))\b/gi;

/**
 * Where the limb's own words for the link go in an as-if sentence ("or for any other offence committed <here>"):
 * `ownClass` (index.ts) puts the words of the limb's first sentence there, so that the limb states one test in one
 * wording. Read as plain English if left, but never left.
 */
export const LINK_PLACEHOLDER = 'committed as a direct result of being trafficked';

/** A class open to every offence: "any offence", "any other crime", "whatever its nature". */
const OPEN_CLASS = /\bany\s{1,4}(?:other\s{1,4})?(?:offen[cs]es?|crimes?|unlawful\s{1,4}acts?|criminal\s{1,4}acts?|acts?)\b|\bwhatever\s{1,4}(?:its|their)\s{1,4}(?:nature|kind|gravity)\b/i;

/** A test of time or of control that a child's reading puts the link in place of ("while being trafficked", "during", "under the control of"). */
const TIME_OR_CONTROL = /\b(?:while|whilst|during|in\s{1,4}the\s{1,4}course\s{1,4}of|control)\b/i;

/** Words that make one thing the cause or ground of another ("occasioned by", "attributable to", "by reason of", "a result of"). */
const LINK_WORD = /\b(?:results?|resulted|resulting|consequences?|occasioned|attributable|reason|because|owing|due|caused|arising|arises|arose|connected|connection)\b/gi;

/** The trafficking or the person's status, which a link word must name to be the link ("the trafficking", "a victim of", "slavery"). */
const TRAFFICKING_WORD = /\b(?:traffick(?:ed|ing)|victims?|slavery|exploit(?:ed|ation))\b/i;

/**
 * Whether `text` makes the trafficking the cause or ground of the act in words the causation test does not read ("the
 * act charged was occasioned by the trafficking", "a result of the applicant having been a victim of human trafficking",
 * "by reason of the person's situation as a victim"): a link word with the trafficking or the status after it, in the
 * same clause, and not in a "need not" context. Fear "caused" by another person is no link.
 */
function namesLink(text: string): boolean {
  for (const m of text.matchAll(LINK_WORD)) {
    const from = m.index + m[0].length;
    const after = text.slice(from, from + 100);
    const stop = /[.;:]\s|[.;:]$/.exec(after);
    if (TRAFFICKING_WORD.test(stop ? after.slice(0, stop.index) : after) && !notRequired(text, m.index)) return true;
  }
  return false;
}

/**
 * Whether another unit of the provision in `s` than the protection's sentence `index` states the link and conditions the
 * protection: a unit that gives no protection of its own ("(2) The Secretary of State must grant the application if it
 * appears that the offence was committed as a direct consequence of ...", "(D) The court shall grant the application if
 * ... was a result of the applicant having been a victim"), never a definition nor a quoted instrument.
 */
function linkedElsewhere(s: AnalysedSection, index: number): boolean {
  const own = s.model.sentences[index]?.clause;
  const protecting = new Set(s.protections.map((p) => s.model.sentences[p.sentence]?.clause));
  return s.model.clauses.some((c, i) => i !== own && !protecting.has(i) && c.quoted !== 'instrument' && !c.recital && !/\bmeans\b/i.test(c.text) && (statesLink(c.text) || namesLink(c.text)));
}

/** Whether `text` states the link to the trafficking (the causation test), not in a "need not" context. */
function statesLink(text: string): boolean {
  return matchAll(CAUSATION, text).some((m) => !notRequired(text, m.index));
}

/** Whether every statement of the link in `text` lies between `from` and `to` (inside the words of a duress test). */
function linkWithin(text: string, from: number, to: number): boolean {
  return matchAll(CAUSATION, text).every((m) => notRequired(text, m.index) || (m.index >= from && m.end <= to));
}

/** The clause of `s` holding section-relative offset `at`. */
function clauseAt(s: AnalysedSection, at: number): number {
  return s.model.clauses.findIndex((c) => c.start <= at && at < c.end);
}

/**
 * The provision's numbering scheme, read from its first marked clause: the clauses marked as it is
 * ("(1)", or "(a)" in a provision lettered at the top, United States style) are its top-level units;
 * the others are nested in the last top-level unit before them.
 */
function scheme(clauses: Clause[]): { top: (i: number) => boolean; parent: (i: number) => number; children: (k: number) => number[] } {
  // Numbered at the top if any clause is numbered; lettered at the top only where the first lettered
  // clause starts a sentence ("(a) It is an affirmative defense ..."), not a list ("(a) the person was ...").
  const first = clauses.find((c) => MARKED.test(c.marker));
  const digits = !first || !/^\([a-z]{1,2}\)\s{0,4}[A-Z]/.test(first.text.trim());
  const top = (i: number) => MARKED.test(clauses[i]!.marker) && /^\(\d/.test(clauses[i]!.marker) === digits && !/^\([ivx]{2,5}\)$/.test(clauses[i]!.marker);
  const parent = (i: number) => {
    for (let k = i - 1; k >= 0; k--) if (top(k)) return k;
    return -1;
  };
  const children = (k: number) => {
    const out: number[] = [];
    for (let i = k + 1; i < clauses.length && !top(i); i++) if (MARKED.test(clauses[i]!.marker)) out.push(i);
    return out;
  };
  return { top, parent, children };
}

/**
 * The conditions of the provision stated in `s` (its primary section) that a child would still have
 * to meet, named as the limb will set them aside. `nexus` and `gravity` are the duress and gravity
 * rules' readings of the section; `words` how the provision names its subdivisions.
 */
export function childConditions(s: AnalysedSection, nexus: NexusFacts, gravity: GravityFacts | undefined, words: UnitWords, other: OtherConditions = {}): ChildConditions {
  const clauses = s.model.clauses;
  const { top, parent, children } = scheme(clauses);
  const protectionClauses = new Set(s.protections.map((p) => s.model.sentences[p.sentence]?.clause));
  const condition = new Set<number>();
  const exclusion = new Set<number>();
  const inline: Quotation[] = [];
  // Where each quoted condition starts, so that the limb names them in the provision's order.
  const position = new Map<Quotation, number>();
  const usable = (i: number) => {
    const c = clauses[i];
    if (!c || !MARKED.test(c.marker) || c.quoted === 'instrument' || c.recital) return false;
    if (protectionClauses.has(i)) return false;
    // The words that widen compulsion, a definition, the link itself: never set aside.
    if (nexus.widening.some((w) => c.start <= w.start && w.end <= c.end)) return false;
    return !DEFINES.test(c.text) && !statesLink(c.text);
  };
  const name = (i: number): string | undefined => {
    if (i >= 0 && top(i)) return `${words.top} ${marker(clauses[i]!.marker, words.bare)}`;
    const k = i >= 0 ? parent(i) : -1;
    if (k >= 0) return name(k);
    return words.firstBecomes ? `${words.top} ${marker(words.firstBecomes, words.bare)}` : undefined;
  };
  // Words of a condition inside a sentence (sentence-relative `from`-`to`), quoted from their first
  // words to the end of their unit (the rest of the sentence, and nothing after it in the unit) or to their last words.
  let body: string | undefined;
  const seen = new Set<string>();
  // The words already quoted, sentence by sentence: a later reading never quotes words inside them.
  const taken: { index: number; from: number; to: number }[] = [];
  const free = (index: number, from: number, to: number) => !taken.some((t) => t.index === index && t.from < to && from < t.to);
  // Conditions replaced by the link, with their sentence: one link to a sentence (see the end).
  const linked = new Map<Quotation, number>();
  // Of those, the ones that carry the link on the offence itself ("has himself committed an offence as a direct
  // result of ..."), preferred to any other condition of their sentence.
  const onOffence = new Set<Quotation>();
  const quoteInline = (index: number, from: number, to: number, conjunction: string, substitute?: string, notLink = false, plain?: string, mode?: 'ranged' | 'exact') => {
    // Many places of one test share one condition; a pasted paragraph can hold thousands: each
    // condition is quoted once, and a limb names a few at most.
    const key = `${index}:${from}`;
    if (seen.has(key) || inline.length >= MAX_QUOTED) return;
    seen.add(key);
    taken.push({ index, from, to });
    const sentence = s.model.sentences[index]!;
    const at = sentence.map[from] ?? 0;
    const k = clauseAt(s, at);
    const unitIndex = k >= 0 && top(k) ? k : k >= 0 ? parent(k) : -1;
    const next = unitIndex >= 0 ? clauses.findIndex((_, j) => j > unitIndex && top(j)) : -1;
    const unitEnd = next >= 0 ? clauses[next]!.start : clauses[clauses.length - 1]?.end ?? 0;
    const condEnd = (sentence.map[Math.max(0, Math.min(to, sentence.map.length) - 1)] ?? 0) + 1;
    const toEnd = /^[\s.;,]*$/.test((body ??= bodyText(s)).slice(condEnd, unitEnd));
    // `ranged`: words too long to quote whole, put in the place of a span named by its ends ("from "illegal residence" to the end").
    // `exact`: the words as they stand, punctuation and all (", with the approval of ...,", whose commas go with them).
    const exact = sentence.text.slice(from, to).replace(/\s+/g, ' ');
    let quoted = mode === 'exact' ? (sentence.text.replace(/\s+/g, ' ').split(exact).length === 2 ? { from: exact, whole: true, ...(substitute !== undefined ? { substitute } : {}) } : undefined) : substitute !== undefined && mode !== 'ranged' ? substitution(sentence.text, from, to, substitute) : quotation(sentence.text, from, to, conjunction, toEnd);
    if (!quoted) return;
    if (mode === 'ranged' && substitute !== undefined) quoted = { ...quoted, substitute };
    // Words that are the sentence's only link to the trafficking are replaced by the link, never left
    // out: "A victim shall not be liable for any offence committed by him if, at the time, he feared
    // death" would otherwise read, for a child, as an immunity for any offence (drafter's review 4b).
    // An exclusion ("other than a crime of violence", "except murder") is never the provision's link:
    // left out for a child, the rest reads as before ("any Federal offense").
    const exclusion = /^(?:other\s{1,3}than|except|excluding|save|not\s{1,3}being|but\s{1,3}not)\b/i.test(sentence.text.slice(from).trimStart());
    if (substitute === undefined && !notLink && !exclusion && !statesLink(sentence.text.slice(0, from) + (toEnd ? '' : sentence.text.slice(to)))) {
      const words = sentence.text.slice(from).trimStart();
      const link = 'as a direct result of being a victim of trafficking';
      // After the act's own verb ("an offence committed while ..."), the link alone; a second "that"
      // clause ("and that the person was forced ...") and a condition ("if", "while", "provided") keep their form.
      // "who committed an offence while subjected to a constraint ...", "for having taken part in criminal
      // activities when ...": a "while" or "when" after the act's verb in the same clause (after the
      // protection's words where the condition follows them), too.
      const before = sentence.text.slice(0, from);
      const p = s.protections.find((x) => x.sentence === index);
      const clause = p && p.reliefAt.to <= from ? before.slice(p.reliefAt.to) : before;
      const afterVerb = /\b(?:commit(?:s|ted)?|done|performed|carried\s{1,3}out)\s{0,3}$/i.test(before) || (/^(?:while|whilst|when)\b/i.test(words) && /\b(?:commit\w{0,4}|taken\s{1,3}part|took\s{1,3}part|engag\w{1,4}|participat\w{1,6})\b/i.test(clause));
      // "the offence" refers back to the offence the sentence names; where it names none before the condition
      // ("exempt from the penalties ..., on condition that ... the acts were forced upon the person"), to the deed
      // the condition names ("the acts were committed").
      const own = sentence.text.slice(from, to);
      // A sentence about a charge or a prosecution ("A defendant charged with prostitution ... has a defense if ... compelled
      // the act") is about an offence: "the offence", never an "act" with no antecedent (drafter review 7, C4).
      const deed = DEED.test(before) || /\b(?:charged|charges?|prosecut\w{1,6}|convicted|guilty)\b/i.test(before) ? undefined : DEED.exec(own)?.[0]?.toLowerCase();
      const theOffence = deed ? `the ${deed} ${/s$/.test(deed) ? 'were' : 'was'} committed` : 'the offence was committed';
      // What the person was compelled to do, named only inside the condition ("and that he was compelled to
      // commit acts punishable by law or to violate the conditions of residence or work"): kept, every part of
      // it, now done as a direct result of the trafficking (the duress rule's reading of the same words).
      const lead = /^(and\s{1,3}that|if|where|provided\s{1,3}that|it\s{1,3}is\s{1,3}(?:proven|proved|established|shown)\s{1,3}that)\s{1,3}/i.exec(own);
      const named = lead ? compelledDeed(own.slice(lead[0].length)) : undefined;
      // After the proof the condition asked for ("if it is proven that ..."), the deed alone: "if he committed ...".
      const opener = !lead ? '' : /^and/i.test(lead[1]!) ? 'and that ' : /^it\s/i.test(lead[1]!) ? '' : 'if ';
      const substitute = named
        ? `${opener}${named.subject} ${named.deed}${named.many ? ',' : ''} ${link}`
        : /^and\s{1,3}that\b/i.test(words)
          ? `and that ${theOffence} ${link}`
          : !afterVerb && /^(?:if|where|when|whenever|while|provided|on\s{1,3}condition|so\s{1,3}long\s{1,3}as|as\s{1,3}long\s{1,3}as|unless)\b/i.test(words)
            ? `if ${theOffence} ${link}`
            : link;
      quoted = { ...quoted, substitute };
    }
    const unit = name(unitIndex >= 0 ? unitIndex : k);
    const q: Quotation = { ...quoted, ...(unit ? { unit } : {}), ...(plain !== undefined ? { plain } : {}) };
    if (!inline.some((x) => JSON.stringify(x) === JSON.stringify(q))) {
      inline.push(q);
      position.set(q, at);
      if (quoted.substitute !== undefined && substitute === undefined) linked.set(q, index);
      if (plain !== undefined) {
        linked.set(q, index);
        onOffence.add(q);
      }
    }
  };
  // Another rule's words (section-relative `at`) as offsets in their sentence (`hitFrom`-`hitTo`), with
  // the sentence and the protection it states, if any: shared by `inSentence` and `linkedPart`.
  const located = (index: number, at: Span) => {
    const sentence = s.model.sentences[index];
    if (!sentence || sentence.quoted) return undefined;
    const hitFrom = sentence.map.findIndex((o) => o >= at.start);
    if (hitFrom < 0) return undefined;
    const hitTo = sentence.map.findIndex((o) => o >= at.end);
    return { text: sentence.text, hitFrom, hitTo: hitTo < 0 ? sentence.text.length : hitTo, p: s.protections.find((x) => x.sentence === index) };
  };
  // Words of another rule's reading inside a sentence (section-relative `at`), as sentence-relative
  // offsets: the condition they open, to where it ends (`opened`: from the opener before them, after
  // the act's "committed"), never reaching into the protection's words.
  const inSentence = (index: number, at: Span, opened: boolean, linkInside = false): { from: number; to: number; conjunction: string } | undefined => {
    const l = located(index, at);
    if (!l) return undefined;
    const { text, hitFrom, hitTo, p } = l;
    let from = hitFrom;
    if (opened) {
      // "for an offence committed while the victim was under a threat of death": the condition opens
      // after the act's verb; with no such verb before the words, they are the act's description,
      // unless a condition opens after the protection's words ("is exempt from the penalties ..., on
      // condition that the person shows ... that the acts were forced upon the person").
      const verbs = [...text.slice(0, hitFrom + 1).matchAll(/\bcommit\w{0,4}\b/gi)];
      const verb = verbs[verbs.length - 1];
      const after = p && p.reliefAt.to <= hitFrom ? CONDITION_OPENER.exec(text.slice(p.reliefAt.to, hitFrom)) : null;
      if (!verb && !after) return undefined;
      // The act's verb in the description of the person, before the protection's words ("A victim who
      // committed an offence while subjected to a constraint ... shall not be liable"): the condition
      // must end before those words.
      if (verb && p && verb.index! + verb[0].length <= p.reliefAt.to && !(hitTo <= p.reliefAt.from)) return undefined;
      const base = verb ? verb.index! + verb[0].length : p!.reliefAt.to;
      const o = verb ? OPENER.exec(text.slice(base, hitTo)) : after;
      if (!o || base + o.index > hitFrom) return undefined;
      from = base + o.index;
    } else {
      // "a person who is certified by the Unit": the relative clause goes whole.
      const rel = /\b(?:who|that|which)\s{1,4}(?:is|are|was|were|has\s{1,4}been|have\s{1,4}been)\s{1,4}$/i.exec(text.slice(Math.max(0, hitFrom - 24), hitFrom));
      if (rel) from = hitFrom - (text.slice(Math.max(0, hitFrom - 24), hitFrom).length - rel.index);
    }
    let to = conditionEnd(text, hitTo);
    // A description of the person before the protection's words ends where they start.
    if (p && p.reliefAt.from >= hitTo && p.reliefAt.from < to) to = p.reliefAt.from;
    while (to > from && /[\s,;:]/.test(text[to - 1]!)) to--;
    if (p && p.reliefAt.from >= from && p.reliefAt.from < to) return undefined;
    if (STATED_STATUS.test(text.slice(from, to))) {
      const part = statusFreePart(text, from, to, hitFrom);
      if (part === undefined) return undefined;
      from = part;
    }
    const own = text.slice(from, to);
    // A duress test that names the trafficking as the source of the constraint ("while subjected to a
    // constraint, arising from the trafficking, which he or she was unable to resist") is set aside whole
    // where `linkInside`: `quoteInline` then puts the link in its place.
    if (!own.trim() || /\n/.test(own)) return undefined;
    if (statesLink(own) && !(linkInside && linkWithin(own, hitFrom - from, hitTo - from))) return undefined;
    const conjunction = OPENER.exec(own)?.index === 0 ? OPENER.exec(own)![0] : own.split(/\s+/)[0]!;
    return { from, to, conjunction };
  };
  // A test added to the link with "and" ("... as a direct result of being a victim of trafficking and was
  // reasonably afraid of injury"): from that "and" to where the test ends, if the link comes before it in
  // the sentence and the part itself states neither the link nor the person's status.
  const linkedPart = (index: number, at: Span): { from: number; to: number; conjunction: string } | undefined => {
    const l = located(index, at);
    if (!l) return undefined;
    const { text, hitFrom, hitTo, p } = l;
    const joins = [...text.slice(0, hitFrom).matchAll(/\s(and)\s/g)];
    const last = joins[joins.length - 1];
    if (!last) return undefined;
    const from = last.index! + 1;
    let to = conditionEnd(text, hitTo);
    while (to > from && /[\s,;:.]/.test(text[to - 1]!)) to--;
    const part = text.slice(from, to);
    if (p && p.reliefAt.from >= from && p.reliefAt.from < to) return undefined;
    if (/\n/.test(part) || STATED_STATUS.test(part) || statesLink(part) || !statesLink(text.slice(0, from))) return undefined;
    return { from, to, conjunction: 'and' };
  };
  // The places of the compulsion or duress test.
  for (const h of nexus.hits) {
    if (h.kind === 'causation') continue;
    const i = clauseAt(s, h.span.start);
    if (usable(i)) {
      condition.add(i);
      continue;
    }
    // Inside the protection's sentence: the condition is named by its words ("while in fear of death",
    // "because he or she was threatened", "provided that they acted under coercion"). A test in the
    // act's own description ("an offence which the victim was compelled to commit") is answered by
    // the limb's own "not necessary to show that the child was compelled".
    if (!h.condition) {
      const c = inSentence(h.sentence, h.span, true, h.kind === 'duress' || h.kind === 'compulsion') ?? linkedPart(h.sentence, h.span);
      if (c) quoteInline(h.sentence, c.from, c.to, c.conjunction);
      continue;
    }
    if (h.condition.clipped) continue;
    const sentence = s.model.sentences[h.sentence];
    if (!sentence || sentence.quoted) continue;
    const own = sentence.text.slice(h.condition.from, h.condition.to);
    if (/\n/.test(own)) continue;
    // The condition never takes the protection's words with it.
    const p = s.protections.find((x) => x.sentence === h.sentence);
    if (p && p.reliefAt.from >= h.condition.from && p.reliefAt.from < h.condition.to) continue;
    // A condition that states the link and adds a test to it with "and" ("that the person was coerced to
    // commit the offense as a direct result of being a victim ... and had a reasonable fear of harm")
    // loses only the part after its last "and", if that part states neither the link nor the status.
    if (statesLink(own)) {
      const hitAt = sentence.map.findIndex((o) => o >= h.span.start);
      const part = statusFreePart(sentence.text, h.condition.from, h.condition.to, hitAt);
      if (part !== undefined) quoteInline(h.sentence, part, h.condition.to, sentence.text.slice(part).split(/\s+/)[0]!);
      continue;
    }
    // A condition that asks for proof of the status and of compulsion ("if it is proven that he was a victim of
    // trafficking and that he was compelled to commit acts ..."): for a child, the deed done as a direct result
    // of the trafficking in place of the whole proof ("if he committed acts ..., as a direct result of ..."), as
    // the causation test reads it; proof of the status stays with the link ("being a victim of trafficking").
    const proof = /^(?:if|where|when|provided\s{1,3}that)\s{1,3}(it\s{1,3}is\s{1,3}(?:proven|proved|established|shown)\s{1,3}that)\s/i.exec(own);
    const compelled = proof ? /\band\s{1,3}that\s{1,3}/i.exec(own) : null;
    if (proof && compelled && STATED_STATUS.test(own.slice(0, compelled.index)) && compelledDeed(own.slice(compelled.index + compelled[0].length))) {
      const from = h.condition.from + proof[0].length - proof[1]!.length - 1;
      quoteInline(h.sentence, from, h.condition.to, proof[1]!.split(/\s+/).slice(0, 3).join(' '));
      continue;
    }
    // A condition that also states the person's status ("if it is proven that he was a victim of
    // trafficking and that he was compelled ...") loses only its part about compulsion.
    if (STATED_STATUS.test(own)) {
      const hitAt = sentence.map.findIndex((o) => o >= h.span.start);
      const part = statusFreePart(sentence.text, h.condition.from, h.condition.to, hitAt);
      if (part !== undefined) quoteInline(h.sentence, part, h.condition.to, sentence.text.slice(part).split(/\s+/)[0]!);
      continue;
    }
    // "if, when the offence was committed, the victim had no ...": the condition opens with the "if" before it.
    const before = Math.max(0, h.condition.from - 24);
    const opener = /\b(?:if|where|unless|provided\s+that|only\s+if)\s*,\s*$/i.exec(sentence.text.slice(before, h.condition.from));
    if (opener) {
      quoteInline(h.sentence, before + opener.index, h.condition.to, opener[0].trimEnd().replace(/,$/, '').trimEnd());
      continue;
    }
    // A test of time just before the condition ("offences committed while subjected to trafficking when, in the
    // circumstances, ..."): a second link, narrower than the child's; it goes with the condition, as in the causation
    // fix (drafter review 10, #404).
    const time = temporalLinkBefore(sentence.text, Math.max(0, h.condition.from - 240), h.condition.from);
    if (time) quoteInline(h.sentence, time.start, h.condition.to, sentence.text.slice(time.start).split(/\s+/)[0]!);
    else quoteInline(h.sentence, h.condition.from, h.condition.to, h.condition.conjunction);
  }
  // A limit to lesser offences in the protection's sentence ("has himself committed a minor offence, the public
  // prosecutor may decline to prosecute the minor offence"): for a child, the offence whatever its gravity ("an
  // offence", "the offence"). Where the sentence states no link and the words follow the act's verb, the link goes
  // with them ("has himself committed an offence as a direct result of ..."), in place of any other condition.
  const lesserOffence = (index: number, at: Span) => {
    const l = located(index, at);
    if (!l) return;
    const { text, hitFrom, hitTo } = l;
    const m = /^(?:lesser|petty|minor|less\s{1,4}serious)\s{1,4}(offen[cs]es?|crimes?)$/i.exec(text.slice(hitFrom, hitTo));
    if (!m) return;
    const det = /\b(an?|the|any|such)\s{1,4}$/i.exec(text.slice(Math.max(0, hitFrom - 12), hitFrom));
    const from = det ? hitFrom - (text.slice(Math.max(0, hitFrom - 12), hitFrom).length - det.index) : hitFrom;
    if (!free(index, from, hitTo)) return;
    const noun = m[1]!;
    const article = /^an?$/i.test(det?.[1] ?? '') ? (/^[aeiou]/i.test(noun) ? 'an' : 'a') : det?.[1]?.toLowerCase();
    const plain = article ? `${article} ${noun}` : noun;
    const afterVerb = /\bcommit(?:s|ted)?\s{1,4}(?:(?:him|her|them)sel(?:f|ves)\s{1,4})?$/i.test(text.slice(0, from));
    if (afterVerb && !statesLink(text) && !/s$/i.test(noun)) quoteInline(index, from, hitTo, text.slice(from, hitTo), `${plain} as a direct result of being a victim of trafficking`, false, plain);
    else quoteInline(index, from, hitTo, text.slice(from, hitTo), plain);
  };
  // A report that discloses the victim's own offence ("by reporting that offence, causes a lesser offence which the
  // victim committed to be disclosed"): for a child, the link governs the commission, not the disclosure, and no
  // report is asked ("as a direct result of being a victim of trafficking, has committed an offence"; drafter review 7, A2).
  for (const index of new Set(s.protections.map((p) => p.sentence))) {
    const sentence = s.model.sentences[index];
    if (!sentence || sentence.quoted) continue;
    for (const m of sentence.text.matchAll(REPORT_DISCLOSES)) {
      const noun = m[2]!.toLowerCase();
      const det = m[1]!.toLowerCase() === 'any' ? 'any' : /^[aeiou]/.test(noun) ? 'an' : 'a';
      // The link on the offence itself: preferred to any other condition of the sentence as its one statement of the link.
      quoteInline(index, m.index, m.index + m[0].length, 'by reporting', `as a direct result of being a victim of trafficking, has committed ${det} ${noun}`, false, `has committed ${det} ${noun}`);
    }
  }
  // Carve-outs by gravity in a clause of their own ("(3) Subsection (1) does not apply to an offence
  // specified in Schedule 5"), or in a paragraph of the conditions ("(c) the offence did not involve serious bodily injury").
  for (const g of gravity?.hits ?? []) {
    const i = clauseAt(s, g.span.start);
    if (!usable(i)) {
      // Inside the protection's sentence ("..., other than murder or treason, ...", "..., unless atonement is
      // indispensable because of the seriousness of the act"): named by its words. A limit to "minor" or
      // "lesser" offences is answered by the limb's own "any offence".
      const sentence = s.model.sentences[g.sentence];
      if (!sentence || sentence.quoted) continue;
      if (g.kind === 'lesser') {
        lesserOffence(g.sentence, g.span);
        continue;
      }
      const from = sentence.map.findIndex((o) => o >= g.span.start);
      let to = sentence.map.findIndex((o) => o >= g.span.end);
      if (to < 0) to = sentence.text.length;
      // To the end of its clause ("unless the gravity of the offence requires that the victim be punished").
      to += /[,;]|\.(?=\s|$)|$/.exec(sentence.text.slice(to))!.index;
      const words = sentence.text.slice(from, to);
      const lead = /^(?:unless|other\s+than|except(?:\s+for)?|save|excluding|but\s+not)\b/i.exec(words);
      if (from >= 0 && lead && !statesLink(words)) {
        quoteInline(g.sentence, from, to, lead[0]);
        continue;
      }
      // A proviso that takes offences out by their manner or gravity ("provided that they were not committed with
      // violence or serious threat against a person"): the proviso from its "provided that", never the link.
      const proviso = from < 0 ? undefined : /^(?:provided|on\s{1,4}condition)\b/i.test(words) && /\bnot\b/i.test(words) ? from : provisoBefore(sentence.text, from);
      if (proviso !== undefined && !statesLink(sentence.text.slice(proviso, to))) quoteInline(g.sentence, proviso, to, 'provided that', undefined, true);
      continue;
    }
    // "Nothing in subsection (1) applies to / shall be construed as protecting ... from": an exclusion too.
    if (NOT_APPLY.test(clauses[i]!.text) || /\bnothing\s{1,4}in\b/i.test(clauses[i]!.text)) exclusion.add(i);
    else condition.add(i);
  }
  // A carve-out from an open scope inside the protection's sentence ("In a prosecution for any offense other
  // than an offense involving the death of a person, ..."), however grave the offences it names: for a
  // child, as the carve-outs by gravity above, set aside; quoted to the end of its clause.
  for (const c of other.closed?.scopes ?? []) {
    if (!c.carveOut) continue;
    const p = s.protections[c.protection];
    const sentence = p ? s.model.sentences[p.sentence] : undefined;
    if (!p || !sentence || sentence.quoted) continue;
    const from = sentence.map.findIndex((o) => o >= c.carveOut!.start);
    if (from < 0) continue;
    const to = from + /[,;]|\.(?=\s|$)|$/.exec(sentence.text.slice(from))!.index;
    const words = sentence.text.slice(from, to);
    const lead = /^(?:other\s+than|except(?:\s+for)?|save|excluding|but\s+not)\b/i.exec(words);
    if (lead && !statesLink(words)) quoteInline(p.sentence, from, to, lead[0], undefined, true);
  }
  // A scope closed inside the protection's sentence ("a charge of soliciting or importuning under section 7", "a sexual
  // crime", "prosecution under this section"): the limb says it applies to any offence, and says so expressly for the
  // sentence too ("as if for the words "a sexual crime" there were substituted "any offence""), so that the limit is
  // displaced rather than left to contradict the limb (drafter review 7, C4 and A5). A bare reference after the
  // proceedings ("prosecution under this section") becomes "for any offence".
  const linkedAt = linked;
  const definedAs = other.definedAs;
  for (const c of other.closed?.scopes ?? []) {
    if (c.kind !== 'closed') continue;
    const p = s.protections[c.protection];
    const sentence = p ? s.model.sentences[p.sentence] : undefined;
    if (!p || !sentence || sentence.quoted) continue;
    const from = sentence.map.findIndex((o) => o >= c.words.start);
    let to = sentence.map.findIndex((o) => o >= c.words.end);
    if (to < 0) to = sentence.text.length;
    // A pronoun or a subject that resumes the main clause after the words ("prostitution under RCW 9A.88.030, it is a
    // defense", "begging under section 9, the defendant has a defence") is not theirs.
    const resumed = /\s{0,4},\s{0,4}(?:it|he|she|they|there|the\s{1,4}(?:defendant|accused|person|victim|applicant|court|prosecutor))$/i.exec(sentence.text.slice(from, to));
    if (resumed) to -= resumed[0].length;
    const words = sentence.text.slice(from, to);
    // Only words a clerk can quote whole: one phrase, no list in paragraphs, no clause of their own (a relative
    // clause may carry the person's status: "that, at the time of the violation, the defendant was a victim"), no
    // second consequence ("nor sanctioned for infringements") and no verb of the protection ("convicted of").
    if (from < 0 || !words.trim() || /[\n;:]|\(\w{1,4}\)\s|^\w\)|\b(?:which|who|whom|that|whose)\b/i.test(words) || words.split(/\s+/).length > 30 || /\bnor\s{1,4}(?!for\b|of\b|with\b)[a-z]/i.test(words) || /^(?:convicted|charged|accused|arrested|cautioned|prosecuted|punished|liable)\b/i.test(words.trim()) || statesLink(words) || STATED_STATUS.test(words) || !free(p.sentence, from, to)) continue;
    const before = sentence.text.slice(0, from);
    // One law's penalties ("the penalties of the Aliens Act"): any law's; penalties named with their law ("penalties
    // laid down in the Foreigners Act"): the same penalties under any law.
    const law = /^the\s{1,4}[A-Z]/.test(words.trim()) && /\b(?:Act|Code|Law|Ordinance|Decree|Proclamation|Regulations?|Statute)(?:\s{0,4},?\s{0,4}(?:\d{4}|No\.\s{0,4}\d{1,6}))?$/.test(words.trim()) && !/\b(?:under|sections?|articles?|offen[cs]es?|crimes?)\b/i.test(words);
    const penalties = /^(penalt(?:y|ies)|sanctions?|punishments?)\b/i.exec(words.trim());
    // Deeds that need not be offences ("contraventions", "infractions of the migration rules", "violating the laws"):
    // kept beside "any offence", never narrowed to offences.
    const other = /\b(contravention|infraction|violation|violating|breach)/i.exec(words);
    // A protection from administrative sanctions only, for deeds it does not call offences ("shall not be subject to
    // administrative sanctions ... for irregular entry"): "any act", since an irregular entry is an infraction, not an
    // offence (drafter review 10, #495).
    const administrative = /\badministrative\s{1,4}(?:sanctions?|penalt(?:y|ies)|liability|measures?)\b/i.test(before) && !/\b(?:criminal|penal|prosecut\w{0,6}|offen[cs]es?|crimes?)\b/i.test(`${before} ${words}`);
    const deeds = administrative ? 'any act' : other && !/\b(?:offen[cs]es?|crimes?|misdemeano\w{1,4})\b/i.test(words) ? `any offence or ${/^violating$/i.test(other[1]!) ? 'violation' : other[1]!.toLowerCase()}` : 'any offence';
    // A class the bill defines openly, with the link ("a trafficking-related offence" defined as any offence committed
    // as a direct consequence of being trafficked, whatever its nature): it already reaches every offence the child is
    // protected for; the defined term stays, with no as-if (drafter review 9, B2).
    const defined = definedAs?.(words);
    if (defined && OPEN_CLASS.test(defined) && (statesLink(defined) || namesLink(defined))) continue;
    // Whether the provision states the link to the trafficking for these words: in the same sentence (its own link,
    // "occasioned by the trafficking", a test of time or control a child's reading puts the link in place of, a
    // compulsion this reading has already replaced by the link), or in another of its units that conditions the
    // protection ("(2) ... must grant the application if ... a direct consequence of the applicant being ... a victim").
    // Then the provision's own link governs "any offence": a second, different test would narrow it (review 9, A2-A4).
    const rest = `${before} ${sentence.text.slice(to)}`;
    const linked = statesLink(rest) || namesLink(rest) || TIME_OR_CONTROL.test(rest) || [...linkedAt.values()].includes(p.sentence) || linkedElsewhere(s, p.sentence);
    if (!linked && (penalties || law)) continue;
    // The preposition that opens the words, or that governs them ("prosecuted for prostitution"), stays with "any offence".
    const prep = /^(with|for|of|from)\s/i.exec(words.trim());
    const governing = /\b(for|with|of|from)\s{1,4}$/i.exec(before);
    let substitute = penalties ? `${penalties[1]!.toLowerCase()} under any law` : law ? 'any law' : deeds;
    if (!linked) {
      // Nowhere linked (an unconditional bar: "No person under sixteen may be prosecuted for prostitution"; a list of
      // status offences protected outright): the child keeps every offence the words name, as they are, and gains any
      // other offence committed as a direct result of the trafficking ("as if after the word "prostitution" there were
      // inserted "or for any other offence committed as a direct result of ...""). Never "any offence committed as a
      // direct result of ..." in their place: a child who cannot show the link would lose the bar (review 9, A1, B1).
      let by = prep?.[1] ?? governing?.[1];
      if (!by && /^(?:under|against|in)\b/i.test(words)) {
        if (/\b(?:prosecution|proceedings?|trial|prosecuted)\s{0,4}$/i.test(before)) by = 'for';
        else if (/\bcharged\s{0,4}$/i.test(before)) by = 'with';
        else continue;
      }
      const added = `or ${by ? `${by.toLowerCase()} ` : ''}${deeds.replace(/^any /, 'any other ')} ${LINK_PLACEHOLDER}`;
      const count = inline.length;
      quoteInline(p.sentence, from, to, words, added, true);
      if (inline.length > count) inline[inline.length - 1]!.inserted = true;
      continue;
    }
    if (prep && !penalties && !law) substitute = `${prep[1]!} ${substitute}`;
    else if (/^(?:under|against|in)\b/i.test(words)) {
      if (/\b(?:prosecution|proceedings?|trial)\s{0,4}$/i.test(before)) substitute = `for ${substitute}`;
      else if (/\bcharged\s{0,4}$/i.test(before)) substitute = `with ${substitute}`;
      else continue;
    }
    // A condition after the words that still speaks of the conduct they named ("where the overstaying was a direct
    // result of ...", "if the victim committed those acts while being trafficked"), or that holds a test of time
    // ("committed while they were being exploited"): displaced with them, whole, so that for a child the condition
    // names the offence and states the link, never the time (drafter review 8, A3 and C1).
    // Only where the words open the class: after an earlier member ("charged with vagrancy, with an offence relating to
    // prostitution, ..., where that conduct was ...") the condition governs that member too, which would lose it.
    const opensClass = !/(?:,|\b(?:and|or|nor))\s{0,4}$/i.test(before);
    const tail = linked && opensClass && !penalties && !law ? conditionNamingOldConduct(sentence.text, to, words, deeds) : undefined;
    if (tail && free(p.sentence, from, tail.end)) {
      quoteInline(p.sentence, from, tail.end, words.trim().split(/\s+/).slice(0, 2).join(' '), `${substitute} ${tail.link}`, true, undefined, 'ranged');
      continue;
    }
    quoteInline(p.sentence, from, to, words, substitute, true);
  }
  // Conditions the other rules read: co-operation, certification, the trafficker's conviction (in a
  // subsection of their own, or by their words); a qualifier ("in appropriate cases") or a permission
  // ("except with the written approval of the Minister"), by their words; a power ("may decline to
  // prosecute"), turned into a duty; victims "who are not nationals", by their words.
  // Recognition as a victim in the class protected (before the conditional rule's reading of the same words, which
  // would take the class with it): "A person recognised as a victim" reads, for a child,
  // "A person who is a victim"; "who is identified as a victim", "who is a victim". In the sentences that
  // protect, or in every sentence of a section whose protection the engine reads from the section as a whole
  // (a rule against detention: "shall not be held in a custody facility").
  const protecting = new Set(s.protections.map((p) => p.sentence));
  s.model.sentences.forEach((sentence, index) => {
    if (sentence.quoted || (protecting.size && !protecting.has(index))) return;
    const text = sentence.text;
    for (const m of text.matchAll(RECOGNISED)) {
      const words = m[3]!;
      const at = m.index + m[0].indexOf(words);
      if (m[1]) {
        if (free(index, at, at + words.length)) quoteInline(index, at, at + words.length, words, /^(?:persons|individuals|people)$/i.test(m[1]) ? 'who are' : 'who is');
        continue;
      }
      const perfect = /\b(has|have)\s{1,4}been\s{1,4}$/i.exec(text.slice(m.index, at));
      if (perfect) {
        const from = m.index + perfect.index;
        if (free(index, from, at + words.length)) quoteInline(index, from, at + words.length, text.slice(from, at + words.length), perfect[1]!.toLowerCase() === 'has' ? 'is' : 'are');
      } else if (free(index, at, at + words.length)) quoteInline(index, at, at + words.length, words, undefined, true);
    }
  });
  for (const h of other.conditional?.hits ?? []) {
    const i = clauseAt(s, h.span.start);
    if (usable(i) && top(i)) {
      condition.add(i);
      continue;
    }
    const c = inSentence(h.sentence, h.span, false);
    if (c && free(h.sentence, c.from, c.to)) quoteInline(h.sentence, c.from, c.to, c.conjunction);
  }
  const powers = new Map<string, { sentence: number; at: Span }[]>();
  let dutyMade = false;
  for (const h of other.discretion?.hits ?? []) {
    if (h.treaty) continue;
    if (h.kind === 'qualifier' || h.kind === 'permission') {
      const c = inSentence(h.sentence, h.span, false);
      if (c) quoteInline(h.sentence, c.from, c.to, c.conjunction);
    } else if (h.kind === 'power' || h.kind === 'discretion' || h.kind === 'court' || h.kind === 'consideration') {
      const sentence = s.model.sentences[h.sentence];
      if (!sentence || sentence.quoted) continue;
      const from = sentence.map.findIndex((o) => o >= h.span.start);
      if (from < 0) continue;
      const m = POWER_NOT.exec(sentence.text.slice(from)) ?? /^may\b/i.exec(sentence.text.slice(from));
      if (!m) continue;
      const key = `${h.sentence}:${m[0].toLowerCase()}`;
      powers.set(key, [...(powers.get(key) ?? []), { sentence: h.sentence, at: { start: from, end: from + m[0].length } }]);
    }
  }
  for (const [key, list] of powers) {
    const { sentence: index, at } = list[0]!;
    const text = s.model.sentences[index]!.text;
    const words = text.slice(at.start, at.end);
    // Each place the words occur must be one of the powers ("may" is turned into "shall" only where it gives the power).
    if (text.toLowerCase().split(key.slice(key.indexOf(':') + 1)).length - 1 !== list.length) continue;
    const modal = other.modal ?? 'shall';
    quoteInline(index, at.start, at.end, words, POWER_NOT.test(words) ? `${modal} not` : modal);
    dutyMade = true;
  }
  // Relief from a conviction left to a court's choice ("the conviction ... may be expunged", "The Court of
  // Appeal may quash the conviction"): for a child, a duty. Only where the sentence has no other "may".
  const duty = other.modal ?? 'shall';
  s.model.sentences.forEach((sentence, index) => {
    if (sentence.quoted) return;
    const all = [...sentence.text.matchAll(/\bmay\b/gi)];
    const m = all.length === 1 && RELIEF_POWER.test(sentence.text.slice(all[0]!.index!)) ? all[0]! : undefined;
    if (!m) return;
    const at = sentence.map[m.index!] ?? -1;
    if (!s.protections.some((p) => p.form === 'record-relief') && !s.protections.some((p) => p.sentence === index)) return;
    const i = clauseAt(s, at);
    if (i >= 0 && clauses[i]!.quoted === 'instrument') return;
    quoteInline(index, m.index!, m.index! + m[0].length, m[0], duty);
  });
  // The means made the cause of the act inside the link: for a child, the link to the trafficking alone (drafter
  // review 6 B4 and 7 C4, "having been caused, by force, fraud, or coercion, to engage in that specific conduct").
  s.model.sentences.forEach((sentence, index) => {
    if (sentence.quoted) return;
    for (const m of sentence.text.matchAll(CAUSED_BY_MEANS)) {
      const i = clauseAt(s, sentence.map[m.index] ?? -1);
      if (i >= 0 && clauses[i]!.quoted === 'instrument') continue;
      if (free(index, m.index, m.index + m[0].length)) quoteInline(index, m.index, m.index + m[0].length, m[0], 'being a victim of trafficking');
    }
  });
  // A public officer's approval or consent the decision waits for ("may, with the approval of the public
  // prosecutor at the court of appeal, abstain from prosecuting"): a condition a child would still meet.
  for (const p of s.protections) {
    const sentence = s.model.sentences[p.sentence];
    if (!sentence || sentence.quoted) continue;
    for (const m of sentence.text.matchAll(APPROVAL)) {
      // Never the link: omitted, never replaced by it; with the commas around it, so that "may, , abstain" is never
      // left (drafter review 8, C8).
      if (!statesLink(m[1]!)) quoteInline(p.sentence, m.index!, m.index! + m[0].length, m[1]!.split(/\s+/).slice(0, 2).join(' '), undefined, true, undefined, 'exact');
    }
  }
  // Conditions other rules do not read, each in a sentence that protects: control by the trafficker
  // (unless an alternative to the link: "while under the control of a trafficker, or as a direct result of
  // being trafficked"), proof of force asked of the person described, a penalty only lessened or remitted,
  // a period tied to a certificate, a report by the victim, and a penalty kept for serious offences.
  for (const index of new Set(s.protections.map((p) => p.sentence))) {
    const sentence = s.model.sentences[index];
    if (!sentence || sentence.quoted) continue;
    const text = sentence.text;
    for (const m of text.matchAll(CONTROL)) {
      let to = conditionEnd(text, m.index + m[0].length);
      while (to > m.index && /[\s,;:.]/.test(text[to - 1]!)) to--;
      if (/^\s{0,4},?\s{0,4}or\b/i.test(text.slice(to)) || statesLink(text.slice(m.index, to))) continue;
      quoteInline(index, m.index, to, /^provided/i.test(m[0]) ? 'provided that' : m[0].split(/\s+/)[0]!);
    }
    // Compulsion on the face of the act ("that the person was coerced to commit the offense"): for a child,
    // the act in its plain form ("committed"). Where nothing else in the sentence states the link and the act's
    // object comes before it ("acts which the victim was compelled to carry out"), the link follows the verb.
    for (const m of text.matchAll(COMPELLED_TO)) {
      const to = m.index + m[0].length;
      if (!free(index, m.index, to)) continue;
      const plain = actWithoutCompulsion(m[1]!, m[2] ?? m[3]!);
      if (!plain) continue;
      const rest = text.slice(0, m.index) + text.slice(to);
      const after = text.slice(to);
      // "to do so by threats", "to engage in prostitution by the trafficker": left to the limb's general words.
      if (/^\s{1,4}(?:so|by)\b/i.test(after)) continue;
      if (statesLink(rest)) quoteInline(index, m.index, to, m[0], plain);
      // No other link: only where the act's object comes before the verb and nothing follows it ("offences which the victim was forced to commit.").
      else if (/^\s{0,4}(?:[.;]|$)/.test(after)) quoteInline(index, m.index, to, m[0], `${plain} as a direct result of being a victim of trafficking`);
    }
    // An official's opinion the protection waits for, where what the official must think is the link itself.
    for (const m of text.matchAll(OPINION)) {
      const from = m.index + m[0].indexOf(m[1]!);
      const to = from + m[1]!.length;
      const after = text.slice(to);
      const holder = m[1]!.replace(/\s{1,4}(?:is|are)\s[\s\S]*$/i, '');
      // A court's satisfaction is its finding on the facts, not a discretion: kept ("Where the High Court is satisfied that").
      if (NOT_A_HOLDER.test(holder) || COURT.test(holder) || !free(index, from, to) || !statesLink(after) || /\band\s{1,4}that\b/i.test(after)) continue;
      quoteInline(index, from, to, m[1]!, undefined, true);
    }
    for (const m of text.matchAll(PROVES_FORCED)) {
      if (!statesLink(text.slice(0, m.index) + text.slice(m.index + m[0].length))) quoteInline(index, m.index, m.index + m[0].length, m[0], 'was led, as a direct result of being a victim of trafficking,');
    }
    for (const m of text.matchAll(LESSENED_OR)) quoteInline(index, m.index, m.index + m[0].length, m[0], m[1]!);
    for (const m of text.matchAll(PERIOD)) {
      if (!PERIOD_OF_PAPERS.test(m[1]!) || statesLink(m[1]!)) continue;
      const from = m.index + m[0].indexOf(m[1]!);
      quoteInline(index, from, from + m[1]!.length, m[1]!.split(/\s+/).slice(0, 3).join(' '), undefined, true);
    }
    for (const m of text.matchAll(PRESUMPTION_LASTS)) quoteInline(index, m.index, m.index + m[0].length, m[0].split(/\s+/)[0]!, undefined, true);
    for (const m of text.matchAll(REPORT_REVEALS)) quoteInline(index, m.index, m.index + m[0].length, m[0].split(/\s+/).slice(0, 2).join(' '), undefined, true);
    for (const m of text.matchAll(UNLESS_SERIOUS)) {
      const to = m.index + /[,;]|\.(?=\s|$)|$/.exec(text.slice(m.index))!.index;
      if (!statesLink(text.slice(m.index, to))) quoteInline(index, m.index, to, 'unless');
    }
  }
  // Relief from a conviction limited by the charge ("a conviction where the arresting charge was under section 240.37 ...
  // or 230.00 ... of the penal law, and the defendant's participation ... was a result of ..."): for a child, a conviction
  // for any offence, the link the sentence states kept (drafter review 8, C2). Quoted with its comma, so the sentence still reads.
  if (s.protections.some((p) => p.form === 'record-relief')) {
    for (const index of new Set(s.protections.map((p) => p.sentence))) {
      const sentence = s.model.sentences[index];
      if (!sentence || sentence.quoted) continue;
      const m = CHARGE_UNDER.exec(sentence.text);
      const after = sentence.text.slice(m ? m.index + m[0].length : 0);
      if (!m || !(statesLink(after) || /\b(?:a|the)\s{1,4}(?:direct\s{1,4})?(?:result|consequence)\s{1,4}of\s{1,4}(?:having\s{1,4}been|being)\b/i.test(after)) || !free(index, m.index, m.index + m[0].length)) continue;
      const spelling = /\boffense\b/i.test(sentence.text) ? 'offense' : 'offence';
      quoteInline(index, m.index, m.index + m[0].length, m[0], `for any ${spelling}${/,\s{0,4}$/.test(m[0]) ? ',' : ''}`, true, undefined, 'exact');
    }
  }
  // A protection for women and girls only ("No woman or girl who has been trafficked shall be punished"): for a child,
  // the class is read as "child", so that a boy is protected by the provision itself, not only by the limb's words
  // "whether a girl or a boy" beside it (drafter review 8, C3). Only where the provision names no man, boy or person.
  if (!/\b(?:m[ae]n|boys?|males?|persons?|individuals?|people)\b/i.test(clauses.map((c) => c.text).join('\n'))) {
    for (const index of new Set(s.protections.map((p) => p.sentence))) {
      const sentence = s.model.sentences[index];
      if (!sentence || sentence.quoted) continue;
      const m = FEMALE_CLASS.exec(sentence.text);
      if (!m || !free(index, m.index, m.index + m[0].length)) continue;
      quoteInline(index, m.index, m.index + m[0].length, m[0], /^(?:woman|girl)\b/i.test(m[0]) ? 'child' : 'children', true);
      // "... as a direct consequence of her having been trafficked": the pronoun follows the class, for a boy too
      // (drafter review 10, B3); only where every "her" is the possessive before "having" or "being".
      const hers = [...sentence.text.matchAll(/\bher\b/gi)];
      const first = hers[0];
      if (/^(?:woman|girl)\b/i.test(m[0]) && first && hers.every((h) => /^\s{1,4}(?:having|being)\b/i.test(sentence.text.slice(h.index! + 3))) && free(index, first.index!, first.index! + 3)) {
        quoteInline(index, first.index!, first.index! + 3, first[0], "the child's", true);
      }
    }
  }
  for (const p of other.scope?.protections ?? []) {
    for (const l of p.limits) {
      if (l.limit !== 'foreigners') continue;
      const sentence = s.model.sentences.findIndex((x) => x.map[0]! <= l.span.start && l.span.start <= x.map[x.map.length - 1]!);
      const c = sentence >= 0 && /^(?:who|that|being)\b/i.test(s.model.sentences[sentence]!.text.slice(s.model.sentences[sentence]!.map.findIndex((o) => o >= l.span.start))) ? inSentence(sentence, l.span, false) : undefined;
      if (c) quoteInline(sentence, c.from, c.to, c.conjunction);
    }
  }
  // A presumption against the person ("(2) An offence committed after the victim regained freedom of
  // movement shall be presumed not to be such a result"), and an exclusion written "Nothing in
  // subsection (1) shall apply to an offence punishable with death" (the gravity rule's words): set aside.
  clauses.forEach((c, i) => {
    if (!top(i) || !MARKED.test(c.marker) || c.quoted === 'instrument' || c.recital || protectionClauses.has(i)) return;
    if (PRESUMED_AGAINST.test(c.text) || (NOTHING_APPLIES.test(c.text) && has(Object.values(GRAVITY), c.text)) || CLOSED_DEFINITION.test(c.text)) exclusion.add(i);
  });
  // A list of conditions ("if— (a) ...; (b) ...; (c) ..."): every paragraph but those about the
  // person's status as a victim or the link ("(a) the person was a trafficked person when ...").
  clauses.forEach((c, i) => {
    if (!MARKED.test(c.marker) || top(i)) return;
    const k = parent(i);
    // With no numbered unit above it, the paragraph is introduced by the last unmarked paragraph before it (a
    // section of one sentence and its list: "the court shall stay the proceedings if the accused establishes that").
    const intro = k >= 0 ? clauses[k]! : clauses.slice(0, i).reverse().find((x) => !MARKED.test(x.marker));
    if (!intro || !CONDITIONS_INTRO.test(intro.text.trim()) || !usable(i)) return;
    // A paragraph that ties the offence to the trafficking by time alone ("(b) the offence was committed during the period
    // in which the victim was trafficked"): a test of time, set aside for a child with the others, whose limb states the
    // causal link instead (drafter review 9, #393; review 8, A3).
    if (TIME_TEST.test(c.text) && !namesLink(c.text)) {
      condition.add(i);
      return;
    }
    // A paragraph that only states the person's status as the victim of one offence section ("(a) the accused was
    // then a victim of an offence under section 40"): lifted for a child, whose limb restates that status wider
    // (trafficking, beside the section), since a trafficked child is often the victim of another offence.
    if (STATUS.test(c.text) && !(c.text.match(ONE_OFFENCE) && !STATUS.test(c.text.replace(ONE_OFFENCE, '')))) return;
    condition.add(i);
  });
  // "Subsection (1) applies only if ..." / "only in relation to the following offences".
  clauses.forEach((c, i) => {
    if (!top(i) || !ONLY.test(c.text) || !usable(i) || STATUS.test(c.text)) return;
    if (children(i).some((k) => statesLink(clauses[k]!.text))) return;
    condition.add(i);
  });
  const named = names(clauses, condition, protectionClauses, { top, parent, children }, words);
  inline.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
  // Two conditions of one sentence that are each its only link ("offences they commit while under the control
  // of the traffickers, provided that they acted under coercion"): the first gives way to the link, the
  // others are omitted, so that the sentence states the link once.
  // The link goes on the offence where a condition puts it there, else on the sentence's first condition.
  const carrier = new Map<number, Quotation>();
  for (const q of inline) {
    const index = linked.get(q);
    if (index !== undefined && (!carrier.has(index) || (onOffence.has(q) && !onOffence.has(carrier.get(index)!)))) carrier.set(index, q);
  }
  const quoted = inline.map((q) => {
    const { plain, ...own } = q;
    const index = linked.get(q);
    if (index === undefined || carrier.get(index) === q) return own;
    if (plain !== undefined) return { ...own, substitute: plain };
    const { substitute: _, ...omitted } = own;
    return omitted;
  });
  const excluded = names(clauses, exclusion, protectionClauses, { top, parent, children }, words).names;
  // A discretion made a duty for a child: the units that govern its exercise ("(2) In exercising the discretion under
  // subsection (1), the Director shall have regard to ...") have nothing to govern (drafter review 7, C4, Guyana).
  const governing = new Set<number>();
  if (dutyMade) clauses.forEach((c, i) => {
    if (top(i) && !protectionClauses.has(i) && c.quoted !== 'instrument' && !c.recital && GOVERNS_DISCRETION.test(c.text)) governing.add(i);
  });
  // A unit that makes the person prove their status ("(2) A person who seeks a discontinuance under subregulation (1) shall
  // furnish the Attorney-General with proof that he or she is a trafficked person"): a burden a child does not bear, and
  // which the limb says does not apply to a child; the official's own finding, where the protection asks one, stays (drafter review 8, C6).
  clauses.forEach((c, i) => {
    if (top(i) && usable(i) && PERSON_FURNISHES_PROOF.test(c.text)) governing.add(i);
  });
  const inapplicable = names(clauses, governing, protectionClauses, { top, parent, children }, words).names;
  return { conditions: named.names, several: named.count > 1, exclusions: [...excluded, ...limitingSubdivisions(clauses)], words: quoted, ...(inapplicable.length ? { inapplicable } : {}) };
}


/**
 * The subdivisions of a statute divided into subdivisions (Minnesota style) that limit the protection to
 * some offences ("Subd. 2. Offenses. This defense may be raised only in a prosecution for the following
 * offenses"): named "subdivision 2", for the limb to apply "despite" them.
 */
function limitingSubdivisions(clauses: readonly Clause[]): string[] {
  const out: string[] = [];
  for (const c of clauses) {
    const m = SUBDIVISION.exec(c.text);
    if (m && c.quoted !== 'instrument' && has([RESTRICTION], c.text)) out.push(`subdivision ${m[1]}`);
  }
  return out;
}

/** The section's own text as offsets relative to the section (the bill's text is not at hand: rebuilt from its clauses). */
function bodyText(s: AnalysedSection): string {
  const clauses = s.model.clauses;
  const end = clauses[clauses.length - 1]?.end ?? 0;
  const out = new Array<string>(end).fill(' ');
  for (const c of clauses) for (let j = 0; j < c.text.length; j++) {
    const at = c.map[j];
    if (at !== undefined && at < end) out[at] = c.text[j]!;
  }
  return out.join('');
}

/** A duty on the person to furnish proof ("shall furnish the Attorney-General with proof that he or she is a trafficked person"). */
const PERSON_FURNISHES_PROOF = /\b(?:shall|must)\s{1,4}(?:furnish|provide|produce|submit|supply)\b[^.;]{0,80}?\b(?:proof|evidence)\s{1,4}that\s{1,4}(?:he|she|he\s{1,4}or\s{1,4}she|they|the\s{1,4}(?:person|applicant|accused|victim))\s{1,4}(?:is|was|are|were|has\s{1,4}been)\b/i;

/** A conviction limited by the charge it was for: "where the arresting charge was under section 240.37 (...) or 230.00 (...) of the penal law," (with its comma). */
const CHARGE_UNDER = /\bwhere\s{1,4}the\s{1,4}(?:arresting\s{1,4})?(?:charge|conviction)\s{1,4}was\s{1,4}(?:under|for\s{1,4}an\s{1,4}offen[cs]e\s{1,4}under)\s{1,4}(?:sections?|articles?)\s[^;:,]{1,200}?\b(?:law|Law|Act|Code)\b(?:\s{0,4},)?/;

/** A class of women and girls only, as a protection names it: "woman or girl", "women and girls", "girls or women". */
const FEMALE_CLASS = /\b(?:woman\s{1,4}or\s{1,4}girl|girl\s{1,4}or\s{1,4}woman|women\s{1,4}(?:and|or)\s{1,4}girls|girls\s{1,4}(?:and|or)\s{1,4}women)\b/i;

/**
 * A test of time in a condition: the act done while, during or in the course of the trafficking or exploitation,
 * or the person a victim "at the time of the offense" (a status tied to the moment of the act: a child who offends
 * after leaving the traffickers, as a direct result of the trafficking, would not meet it; drafter review 10, #431).
 */
const TIME_TEST = /\b(?:while|whilst|during|in\s{1,4}the\s{1,4}course\s{1,4}of|at\s{1,4}the\s{1,4}time\s{1,4}of\s{1,4}(?:the|that|such|this|his|her|their)\s{1,4}(?:offen[cs]es?|acts?|conduct|crimes?|commission))\b/i;

/** A condition opening after a class of offences: "where", "if", "when", "provided (that)", "on condition that". */
const TAIL_OPENER = /^\s{0,4},?\s{0,4}(?:where|when|if|provided(?:\s{1,4}that)?|on\s{1,4}condition\s{1,4}that)\s{1,4}/i;

/** Words that refer back to conduct named before them ("those acts", "such act", "these offences", "the said violation"). */
const BACK_REFERENCE = /\b(?:those|these|such|the\s{1,4}said)\s{1,4}(?:an?\s{1,4})?(?:acts?|offen[cs]es?|violations?|infractions?|breach(?:es)?|conduct|crimes?|contraventions?)\b/i;

/** The subject of a condition, up to its verb ("the entry, stay, possession or use was", "the overstaying was"). */
const SUBJECT = /^(?:the|that|this)\s{1,4}([\w'’-]{1,30}(?:\s{0,4},?\s{1,4}[\w'’-]{1,30}){0,7}?)\s{1,4}(?:was|were|is|are|has\s{1,4}been|have\s{1,4}been|arose|arises|arise|resulted|results|result)\b/i;

/**
 * The link as a condition states it, rewritten to follow "any offence": "was a direct consequence of the trafficking"
 * becomes "committed as a direct consequence of the trafficking", "arose from the trafficking" "arising from the
 * trafficking", "result from" "resulting from". The provision's own words for the link are kept (one test, one wording).
 */
const LINK_FORMS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/\b(?:committed\s{1,4})?(as\s{1,4}(?:an?|the)\s{1,4}(?:direct\s{1,4}|immediate\s{1,4})?(?:result|consequence)\s{1,4}of\s[^,;:]{1,120})/i, (m) => `committed ${m[1]!}`],
  [/\b(?:was|were|is|are|be)\s{1,4}((?:an?|the)\s{1,4}(?:direct\s{1,4}|immediate\s{1,4})?(?:result|consequence)\s{1,4}of\s[^,;:]{1,120})/i, (m) => `committed as ${m[1]!}`],
  [/\b(?:arose|arises|arise|arisen|arising)\s{1,4}((?:directly\s{1,4})?(?:from|out\s{1,4}of)\s[^,;:]{1,120})/i, (m) => `arising ${m[1]!}`],
  [/\b(?:resulted|results|result|resulting)\s{1,4}((?:directly\s{1,4})?from\s[^,;:]{1,120})/i, (m) => `resulting ${m[1]!}`],
  [/\b(?:was|were|is|are)\s{1,4}((?:directly\s{1,4})?(?:related|connected|attributable|linked)\s{1,4}(?:to|with)\s[^,;:]{1,120})/i, (m) => m[1]!],
];

/**
 * The condition after a class of offences (at `at` of `text`, to the end of the sentence) that a child's "any offence"
 * must take with it: one that refers back to the conduct the class named ("where the overstaying was a direct result
 * of the trafficking", "if such act was committed ...", "where those acts are ..."), one that holds a test of time
 * ("committed while they were being exploited"), or one cut from the class by a comma ("any immigration offence,
 * including ..., committed as ..."). Returns where the condition ends and the words that put the link in its place,
 * in the provision's own words where it states the link ("committed as a direct consequence of the trafficking"),
 * else "committed as a direct result of being trafficked". Undefined where the rest of the sentence is more than one
 * such condition, or where the condition already reads right after "any offence" ("where the offence was committed
 * as a direct result ...").
 */
export function conditionNamingOldConduct(text: string, at: number, words: string, deeds: string): { end: number; link: string } | undefined {
  const rest = text.slice(at);
  // Without the spaces and full stops at its end (a scan: a pattern anchored at the end backtracks polynomially).
  let cut = rest.length;
  while (cut > 0 && /[\s.]/.test(rest[cut - 1]!)) cut--;
  const tail = rest.slice(0, cut);
  if (!tail.trim() || /[;:\n]/.test(tail) || tail.length > 240) return undefined;
  const opener = TAIL_OPENER.exec(tail);
  const body = opener ? tail.slice(opener[0].length) : tail.replace(/^\s{0,4},?\s{0,4}/, '');
  // One condition only: no second rule, no other condition after it.
  if (/\b(?:shall|may|must|will|unless|provided|nor)\b/i.test(body) || /\b(?:and|or)\s{1,4}(?:if|where|when)\b/i.test(body)) return undefined;
  if (!opener && !/^\s{0,4},?\s{0,4}(?:committed|done|carried\s{1,4}out|performed|(?:which|that)\s{1,4}(?:were|was|are|is)\s{1,4}committed)\b/i.test(tail)) return undefined;
  const time = TIME_TEST.test(body);
  const subject = opener ? SUBJECT.exec(body) : null;
  // "where the offence was ...", "where such offence has been committed ...": the offence itself, which "any offence" answers.
  const sameOffence = (np: string) => /^(?:an?\s{1,4})?(?:offen[cs]e|crime)$/i.test(np.trim()) && !/\bor\b/.test(deeds);
  const back = BACK_REFERENCE.exec(body);
  const refers = (subject && !sameOffence(subject[1]!)) || (back && !sameOffence(back[0].replace(/^\S+\s{1,4}(?:said\s{1,4})?/i, '')));
  const stray = !opener && /^\s{0,4},/.test(tail) && /,/.test(words);
  if (!time && !refers && !stray) return undefined;
  let link: string | undefined;
  if (!time || !/\bin\s{1,4}the\s{1,4}course\s{1,4}of\b/i.test(body)) {
    for (const [re, make] of LINK_FORMS) {
      const m = re.exec(body);
      // To the end of the condition (checked here, not by an anchor in the pattern); a link stated with a time
      // ("while and as a direct result of ...") keeps only its causal words.
      if (m && m.index + m[0].length === body.length && !TIME_TEST.test(m[0])) {
        link = make(m);
        break;
      }
    }
  }
  if (!link) {
    if (!time) return undefined;
    link = 'committed as a direct result of being trafficked';
  }
  return { end: at + tail.length, link };
}

/**
 * Where a proviso that excludes opens, if the words at `at` of `text` are in one: the offset of its "provided
 * that" (or "on condition that"), with a "not" between it and `at` and no punctuation mark ("provided that they were
 * not committed with violence"). Found with a search and checks in code, not one pattern spanning the gap.
 */
function provisoBefore(text: string, at: number): number | undefined {
  const base = Math.max(0, at - 160);
  const before = text.slice(base, at);
  const opens = [...before.matchAll(/\b(?:provided\s{1,4}(?:always\s{1,4})?that|on\s{1,4}condition\s{1,4}that)\b/gi)];
  const last = opens[opens.length - 1];
  if (!last) return undefined;
  const between = before.slice(last.index! + last[0].length);
  if (/[,;:.]/.test(between) || !/\bnot\b/i.test(between)) return undefined;
  return base + last.index!;
}

/**
 * Where a condition's words end, from `at` (sentence-relative): at the next punctuation mark or
 * opening of another condition; past a comma only where what follows it to the next full stop or
 * semicolon opens no condition, resumes no main clause and states no link ("..., made by the
 * trafficker." belongs to the threat before it).
 */
function conditionEnd(text: string, at: number): number {
  STOP.lastIndex = at;
  const m = STOP.exec(text);
  if (!m) return text.length;
  if (m[0] !== ',') return m.index;
  const rest = text.slice(m.index + 1);
  const next = /[;:]|\.(?=\s|$)/.exec(rest);
  const tail = rest.slice(0, next ? next.index : rest.length);
  if (RESUMES.test(tail) || statesLink(tail)) return m.index;
  return m.index + 1 + tail.length;
}

/**
 * Where a condition at `from`-`to` of `text` that states the person's status joins it to the words at
 * `at` with "and" ("while being trafficked ... and acted under coercion or deception"): the start of
 * the last part, from its "and", if that part states no status; undefined otherwise.
 */
function statusFreePart(text: string, from: number, to: number, at: number): number | undefined {
  if (at < from || at >= to) return undefined;
  const joins = [...text.slice(from, at).matchAll(/\s(and)\s/g)];
  const last = joins[joins.length - 1];
  if (!last) return undefined;
  // The status stated as a time ("while being trafficked for sexual servitude ... and acted under coercion"), in a
  // sentence that states no link: a temporal test, not the link. The condition goes from its "while" to its end, so
  // that the link takes the place of both (drafter review 7, A5: the link hung on the trafficking's citation).
  const temporal = [...text.slice(from, from + last.index!).matchAll(WHILE_STATUS)].pop();
  if (temporal && !statesLink(text)) return from + temporal.index!;
  const start = from + last.index! + 1;
  const part = text.slice(start, to);
  return STATED_STATUS.test(part) || statesLink(part) ? undefined : start;
}

/** The words at `from`-`to` of `text` with `substitute` in their place ("for "may decline to" there were substituted "shall not""). */
function substitution(text: string, from: number, to: number, substitute: string): Omit<Quotation, 'unit'> | undefined {
  const own = text.slice(from, to).trim();
  if (!own) return undefined;
  const count = text.toLowerCase().split(own.toLowerCase()).length - 1;
  return { from: own, whole: true, substitute, ...(count > 1 ? { each: true } : {}) };
}

/** A number as the provision writes it in references: "(2)", or "2" where it writes "paragraph 2". */
function marker(m: string, bare: boolean): string {
  return bare && /^\(\d{1,3}[A-Z]?\)$/.test(m) ? m.slice(1, -1) : m;
}

/**
 * The condition at `from`-`to` of `text` as the limb quotes it: from its first words (the conjunction,
 * with as many words as make it unique in the sentence) to its last words, or to the end of its unit
 * (`toEnd`). Quoting only its ends keeps the duress wording out of the limb (a limb that repeated it
 * would read as asking for it). Undefined where no unique opening can be found.
 */
function quotation(text: string, from: number, to: number, conjunction: string, toEnd: boolean): Omit<Quotation, 'unit'> | undefined {
  // Never the main verb that follows a description of the person ("who assists the prosecution ...
  // shall be exempted"): left out, it would leave the provision without its verb.
  const own = text.slice(from, to).replace(/[\s,;:.]{1,8}$/, '').replace(/\s{1,4}(?:(?:shall|may|must|will)\s{1,4}be|shall|must)$/i, '');
  const tokens = own.split(/\s+/).filter(Boolean);
  const count = (w: string) => text.split(w).length - 1;
  // A short condition is quoted whole: "the words "under threat"".
  if (tokens.length <= MAX_WHOLE && count(own) === 1 && !(toEnd && tokens.length > 6)) return { from: own, whole: true };
  // A part joined by "and" opens with more words than the "and": "from "and that he" to the end".
  let n = Math.max(1, conjunction.split(/\s+/).length, /^(?:and|or)$/i.test(tokens[0] ?? '') ? 3 : 1);
  let start = tokens.slice(0, n).join(' ');
  while (count(start) > 1 && n < Math.min(6, tokens.length)) start = tokens.slice(0, ++n).join(' ');
  if (count(start) !== 1) return undefined;
  start = start.replace(/[,;:]$/, '');
  if (toEnd) return { from: start };
  let k = 1;
  let end = tokens.slice(-k).join(' ');
  while (k < 3 && (count(end) > 1 || end.length < 4)) end = tokens.slice(-++k).join(' ');
  if (n + k > tokens.length || count(end) !== 1) return undefined;
  return { from: start, to: end.replace(/[,;:.]$/, '') };
}

/**
 * "subsection (2)", "paragraphs (b) and (c) of subsection (1)", "subsection (2) and paragraph (c) of
 * subsection (1)", and how many conditions they hold. A top-level unit whose every paragraph is
 * chosen, and which is not the protection itself (the list under "(2) The conditions are that—"), is
 * named whole.
 */
function names(clauses: Clause[], chosen: Set<number>, protectionClauses: Set<number | undefined>, sch: ReturnType<typeof scheme>, words: UnitWords): { names: string[]; count: number } {
  const picked = new Set(chosen);
  for (const i of [...picked]) {
    if (sch.top(i)) continue;
    const k = sch.parent(i);
    if (k < 0 || picked.has(k) || protectionClauses.has(k)) continue;
    const kids = sch.children(k);
    if (kids.length && kids.every((x) => picked.has(x)) && CONDITIONS_INTRO.test(clauses[k]!.text.trim())) picked.add(k);
  }
  const tops = [...picked].filter((i) => sch.top(i)).sort((a, b) => a - b);
  const nested = [...picked].filter((i) => !sch.top(i) && !picked.has(sch.parent(i))).sort((a, b) => a - b);
  const out: string[] = [];
  if (tops.length) out.push(`${plural(words.top, tops.length)} ${list(tops.map((i) => marker(clauses[i]!.marker, words.bare)))}`);
  const byParent = new Map<number, string[]>();
  for (const i of nested) byParent.set(sch.parent(i), [...(byParent.get(sch.parent(i)) ?? []), clauses[i]!.marker]);
  for (const [k, ms] of byParent) {
    // No numbered clause before the paragraphs: the number the limb gives the first paragraph, if any (a
    // number the engine does not read as a subsection, after a run-in heading "**21.**—(1) A person ...",
    // is not referred to: the paragraphs are then named alone, "paragraphs (b) and (c)").
    const own = k >= 0 ? clauses[k]!.marker : words.firstBecomes;
    const of = own ? marker(own, words.bare) : undefined;
    out.push(`${plural(words.nested, ms.length)} ${list(ms)}${of ? ` of ${words.top} ${of}` : ''}`);
  }
  const count = nested.length + tops.reduce((n, i) => n + Math.max(1, sch.children(i).length), 0);
  return { names: out, count };
}

function plural(word: string, n: number): string {
  return n > 1 ? `${word}s` : word;
}

/** "(a)", "(a) and (b)", "(a), (b) and (c)". */
export function list(items: string[]): string {
  return items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The words the limb adds for `c`: `within`, to follow "this section applies" ("without the conditions
 * in subsection (2) and despite subsection (3)"), and `after`, a sentence of its own for conditions
 * named by their words ("Subsection (1) applies to a child as if the words from "if" to the end were
 * omitted."). `self` is how the provision names itself, `child` the bill's word for a child (with its
 * article), `despite` the bill's word for overriding ("despite", or "notwithstanding").
 */
export function displacementWording(c: ChildConditions, self: string, child: string, despite: string): { within?: string; after?: string } {
  const parts: string[] = [];
  if (c.conditions.length) parts.push(`without the ${c.several ? 'conditions' : 'condition'} in ${list(c.conditions)}`);
  if (c.exclusions.length) parts.push(`${despite} ${list(c.exclusions)}`);
  const out: { within?: string; after?: string } = {};
  if (parts.length) out.within = parts.join(' and ');
  const byUnit = new Map<string, { omitted: string[]; substituted: string[] }>();
  for (const w of c.words) {
    const unit = w.unit ?? self;
    const entry = byUnit.get(unit) ?? { omitted: [], substituted: [] };
    // One word is "the word "may"", as an amendment paper names it; several are "the words".
    const one = w.whole && !/\s/.test(w.from.trim());
    const words = w.whole ? `the ${one ? 'word' : 'words'} "${w.from}"` : w.to ? `the words from "${w.from}" to "${w.to}"` : `the words from "${w.from}" to the end`;
    if (w.substitute !== undefined && w.inserted) entry.substituted.push(`after ${words}${w.each ? `, in each place where ${one ? 'it occurs' : 'they occur'},` : ''} there were inserted "${w.substitute}"`);
    else if (w.substitute !== undefined) entry.substituted.push(`for ${words}${w.each ? `, in each place where ${one ? 'it occurs' : 'they occur'},` : ''} there were substituted "${w.substitute}"`);
    else entry.omitted.push(words);
    byUnit.set(unit, entry);
  }
  const sentences = [...byUnit].map(([unit, { omitted, substituted }]) => {
    const parts = [...(omitted.length ? [`${list(omitted)} ${omitted.length === 1 && omitted[0]!.startsWith('the word "') ? 'was' : 'were'} omitted`] : []), ...substituted];
    return `${unit.charAt(0).toUpperCase()}${unit.slice(1)} applies to ${child} as if ${parts.join(' and as if ')}.`;
  });
  for (const unit of c.inapplicable ?? []) sentences.push(`${unit.charAt(0).toUpperCase()}${unit.slice(1)} does not apply to ${child}.`);
  if (sentences.length) out.after = sentences.join(' ');
  return out;
}
