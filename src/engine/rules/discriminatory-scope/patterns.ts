import { pattern } from '../../patterns.js';

/**
 * Limits on who a non-punishment provision protects (ASEAN Guideline (2025), Guideline [1] and [7];
 * Annex 4, A/HRC/47/34, paras 57(a) and 60; CTOC/COP/WG.4/2020/2, para. 56). Examples are paraphrases
 * in our own words of ASEAN bilateral agreements, Gulf, US state, Caribbean and Commonwealth drafting.
 */

export const LIMIT = {
  /** By sex and age: "trafficked women and children". */
  womenAndChildren: pattern(
    'scope.women-and-children',
    'Protection limited to women and children (or women and girls): the men and the adult victims are left out.',
    String.raw`\b(?:trafficked\s+)?(?:women|females?)\s+and\s+(?:children|girls|minors|child\s+victims)\b`,
    {
      flag: ['[[Trafficked women and children]] shall not be prosecuted for illegal entry.', 'Victims who are [[women and girls]] shall not be detained.'],
      pass: ['A victim of trafficking, whether a man, a woman or a child, shall not be punished.', 'Trafficked persons shall not be prosecuted.'],
    },
  ),
  /** By nationality: foreigners only. */
  foreignersOnly: pattern(
    'scope.foreigners-only',
    'Protection limited to foreign victims: "a victim who is not a national", "foreign victims", "the foreigners", "non-citizens".',
    String.raw`\bwho\s+(?:is|are)\s+not\s+(?:an?\s+)?(?:nationals?|citizens?)(?:\s+of\s+(?:the\s+|this\s+)?\w+)?|\b(?:the\s+)?foreign(?:ers?|\s+nationals?|\s+victims?|\s+(?:trafficked\s+)?persons?)\b|\bforeign(?=\s{1,8}(?:women|woman|girls?|children|child|minors?|men|workers?|migrants?)\b)|\bnon-?(?:nationals?|citizens?)\b|\baliens?\b`,
    {
      flag: [
        'A victim [[who is not a national of the State]] shall not be detained.',
        '[[the foreigners]] who have been identified as victims shall not be charged',
        'A trafficked [[non-citizen]] shall not be prosecuted for unlawful entry.',
        'Victims [[who are not citizens of Ruritania]] shall not be penalised.',
        'A [[foreign]] child who is a victim of trafficking shall not be detained',
        'Paragraph 1 shall apply only to [[foreign]] women and girls.',
      ],
      pass: ['A victim of trafficking, whatever the victim\'s nationality, shall not be punished.', 'A national of the State who is trafficked shall not be prosecuted.'],
    },
  ),
  /**
   * By nationality: the State's own nationals or citizens only (or those of a group of States). "who is
   * not a national of the State" also matches: the rule reads it as foreigners only (`foreignersOnly`
   * takes precedence).
   */
  nationalsOnly: pattern(
    'scope.nationals-only',
    'Protection limited to nationals or citizens: "victims who are nationals of a Member State", "a citizen of Westland who is trafficked", "Westland nationals".',
    String.raw`\bwho\s{1,8}(?:is|are|was|were)\s{1,8}(?:an?\s{1,8})?(?:nationals?|citizens?)\s{1,8}of\b[^.;,]{0,80}|\b(?:an?\s{1,8}|the\s{1,8})?(?:nationals?|citizens?)\s{1,8}of\s{1,8}(?:the\s{1,8}|this\s{1,8}|a\s{1,8})?(?:State|Republic|Kingdom|country|Member\s{1,8}States?|[A-Z][a-z]{2,30})\b(?:\s{1,8}of\s{1,8}the\s{1,8}[A-Z][\w ]{2,60})?|\b(?!(?:Foreign|Other|Non|Third|All|Any|Every|Such|The|These|Those)\b)[A-Z][a-z]{2,30}\s{1,8}(?:nationals|citizens)\b`,
    {
      flag: [
        'The provisions of Article 12 apply only to victims [[who are nationals of a Member State of the European Union]].',
        '[[A citizen of Westland]] who is trafficked shall not be prosecuted for illegal entry.',
        'Paragraph 1 shall apply only to [[Westland citizens]].',
      ],
      pass: ['A victim of trafficking, whatever the victim\'s nationality, shall not be punished.', 'The national authorities shall protect every victim.'],
    },
  ),
  /** By sex: women (or girls) only, without "and children". */
  womenOnly: pattern(
    'scope.women-only',
    'Protection limited to women or girls: "female victims", "women who are victims of trafficking", "applies only to women".',
    String.raw`\b(?:trafficked\s+)?(?:women|woman|females?|girls?)(?:\s+(?:victims?|trafficked\s+persons?|persons?))?\b(?!\s{1,8}(?:or|and)\s{1,8}(?:men|man|males?|boys?)\b)`,
    {
      flag: ['[[Female victims]] of trafficking shall not be held liable', 'The provisions of this Article shall apply only to [[women]].'],
      pass: ['A victim of trafficking shall not be punished.', 'any victim, women or men,'],
    },
  ),
  /** By age: children only (the subject of the protection). */
  childrenOnly: pattern(
    'scope.children-only',
    'Protection limited to persons under 18: "a person under 18 years of age", "a child victim", "a minor".',
    String.raw`\b(?:under|below|less\s+than)\s+(?:the\s+age\s+of\s+)?(?:18|eighteen)(?:\s+years(?:\s+of\s+age)?)?|\b(?:child|minor|juvenile)(?:\s+victims?)?\b|\bchildren\b`,
    {
      flag: ['A person who was [[under 18 years of age]] at the time may not be prosecuted', 'A [[child victim]] of trafficking shall not be detained', 'No [[minor]] shall be charged with prostitution'],
      pass: ['An adult victim of trafficking shall not be punished'],
    },
  ),
  /** By the form of exploitation: sex trafficking only. */
  // A limit by form of exploitation written as a purpose clause on the victim, or as a victim of one
  // named form: "a victim of trafficking in persons for the purpose of labour exploitation", "a victim of
  // sexual servitude". Not where the form is one of a list ("for labour or sexual exploitation").
  oneFormOnly: pattern(
    'scope.one-form-only',
    'Protection limited to victims of one form of exploitation, by a purpose clause or a named form: "victim of trafficking in persons for the purpose of labour exploitation", "victim of sexual servitude".',
    String.raw`\bvictims?\s+of\s+(?:(?:human\s+)?trafficking(?:\s+in\s+(?:persons|human\s+beings))?\s+)?for\s+the\s+purposes?\s+of\s+(?:labou?r|sexual|sex)\s+exploitation\b(?!\s{0,4}(?:,|or\b|and\b))|\bvictims?\s+of\s+(?:sexual\s+servitude|labou?r\s+exploitation|labou?r\s+trafficking)\b(?!\s{0,4}(?:,|or\b|and\b))`,
    {
      flag: ['recognised as a [[victim of trafficking in persons for the purpose of labour exploitation]] shall be released', 'A [[victim of sexual servitude]] is not criminally responsible'],
      pass: ['a victim of trafficking for the purpose of labour or sexual exploitation', 'a victim of sexual servitude, forced labour or trafficking'],
    },
  ),
  sexTraffickingOnly: pattern(
    'scope.sex-trafficking-only',
    'Protection limited to victims of one form of exploitation: sex trafficking, trafficking for prostitution or for sexual exploitation.',
    String.raw`\b(?:an?\s+|the\s+)?(?:victims?\s+of\s+)?(?:sex|sexual)\s+trafficking\b|\b(?:victims?\s+of\s+)?trafficking\s+for\s+(?:the\s+purposes?\s+of\s+)?(?:prostitution|sexual\s+exploitation|commercial\s+sex(?:ual\s+(?:exploitation|activity))?)\b|\bsexually\s+exploited\s+(?:persons?|minors?|child(?:ren)?|victims?|youths?)\b|\btrafficked\s+for\s+(?:the\s+purposes?\s+of\s+)?(?:prostitution|sexual\s+exploitation|commercial\s+sex(?:ual\s+(?:exploitation|activity))?)\b`,
    {
      flag: ['as a direct result of being [[a victim of sex trafficking]]', 'Persons who are [[victims of trafficking for prostitution]] shall not be penalised', 'A [[sexually exploited minor]] shall not be charged', 'is available only to persons [[trafficked for sexual exploitation]]'],
      pass: ['as a direct result of being a victim of trafficking', 'victims of trafficking for forced labour or for sexual exploitation'],
    },
  ),
  /** International trafficking only: persons brought into the country. */
  intoTheCountry: pattern(
    'scope.into-the-country',
    'Protection limited to victims brought into the country (international trafficking), leaving out internal trafficking.',
    String.raw`\b(?:brought|trafficked|transported|taken|moved|smuggled)\s+in(?:to|\s+to)\s+(?:the\s+|this\s+)?(?:Territory|country|State|Republic|Kingdom|Island|Islands|Commonwealth|[A-Z][a-z]{2,30})\b|\bfrom\s+(?:another|a\s+foreign)\s+(?:country|State|territory)\b|\b(?:brought|trafficked|transported|taken|moved)\s+into\s+or\s+out\s+of\s+(?:the\s+|this\s+)?(?:Territory|country|State|Republic|Kingdom|Island|Islands|Commonwealth|[A-Z][a-z]{2,30})\b|\bnot\s+apply\s+to\s+(?:an?\s+|any\s+)?(?:person|victim|individual)s?\s+(?:who\s+(?:has|have|was|were)\s+been\s+)?trafficked\s+(?:only\s+|wholly\s+|entirely\s+)?within\b`,
    {
      flag: ['"trafficked person" means a person who has been [[brought into the Territory]] by force', 'a person [[trafficked into Ruritania]] shall not be prosecuted', 'a victim trafficked [[from another country]]', 'a person who has been [[trafficked into or out of Ruritania]]', 'This section does [[not apply to a person trafficked within]] Ruritania.'],
      pass: ['a person who has been recruited, transported or harboured by force', 'trafficked within or across the borders of the country', 'This section does not apply to a person who was not trafficked.'],
    },
  ),
} as const;

/**
 * A sentence that limits whom a provision protects: "Paragraph 1 shall apply only to foreign women
 * and girls", "Subsection (a) applies only where the victim was under eighteen", "This section is
 * available only to persons trafficked for sexual exploitation". The limit itself is read by `LIMIT`.
 */
export const APPLIES_ONLY = pattern(
  'scope.applies-only',
  'A sentence limiting a provision to some persons: "applies only to", "shall apply only where", "is available only to", "only applies to".',
  String.raw`\b(?:appl(?:y|ies)|(?:is|are)\s+available|extends?)\s+only\s+(?:to|for|in\s+(?:respect|relation)\s+(?:of|to)|where|if|when)\b[^.;]{1,200}|\bonly\s+(?:appl(?:y|ies)|extends?)\s+(?:to|for|in\s+(?:respect|relation)\s+(?:of|to)|where|if|when)\b[^.;]{1,200}`,
  {
    flag: ['Paragraph 1 shall [[apply only to foreign women and girls]].', 'Subsection (1) [[is available only to persons trafficked for sexual exploitation]].'],
    pass: ['This section applies to every victim of trafficking.'],
  },
);

/** Words that make a mention inclusive or emphatic rather than limiting: "especially women and children", "whether an adult or a child". */
export const INCLUSIVE_BEFORE = pattern(
  'scope.inclusive-before',
  'Words before a group that include or emphasise rather than limit: "especially", "in particular", "including", "whether", "regardless of", "whatever".',
  String.raw`\b(?:especially|particularly|in\s+particular|notably|including|includes|such\s+as|whether|regardless|irrespective|whatever|any\s+form|adults?\s+(?:or|and)|m[ae]n\s+(?:or|and)|males?\s+(?:or|and)|boys?\s+(?:or|and)|labou?r(?:\s+trafficking)?\s+(?:or|and)|forced\s+labou?r\s+(?:or|and))\b[^.;]{0,30}$`,
  {
    flag: ['Victims of trafficking, [[especially ]]', 'any victim, [[whether an adult or a ]]', 'a victim of trafficking, [[man or ]]'],
    pass: ['Trafficked '],
  },
);

/** Words naming one form of exploitation, in a definition of the victim (read in code: one family only, and no trafficking in general). */
export const FORM_WORDS = { sexual: /\b(?:sexual\s{1,4}servitude|sexual\s{1,4}exploitation|prostitution|commercial\s{1,4}sex\w{0,6})\b/i, labour: /\b(?:labou?r\s{1,4}exploitation|forced\s{1,4}labou?r|labou?r\s{1,4}trafficking)\b/i };
