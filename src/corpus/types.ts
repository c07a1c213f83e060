/** Where a verbatim text was checked: a source document and the passage in it. */
export interface VerifiedSource {
  /** The source as it is cited, e.g. "CTOC/COP/WG.4/2020/2". */
  source: string;
  /** The passage, e.g. "para. 57" or "Annex 1 (Philippines)". */
  pinpoint: string;
  /** File name of the source text in `../shared/seeds/` (built-in clauses). */
  seed?: string;
  /** What the reader should know about the check (variants, elisions). */
  note?: string;
  /** The words found in this source, when they differ slightly from `text` (e.g. no final full stop). */
  quote?: string;
}

/** What a clause may be used for in a bill (see use.ts). */
export type ClauseUse = 'model' | 'note' | 'comparison';

/**
 * What words of a clause stand for, so that an insertion can adapt them to the bill:
 * - `victim-term`: the source's term for the protected person (replaced by the bill's defined term);
 * - `child-term`: the word "child" (replaced by the bill's term, "minor" or "young person");
 * - `child-definition`: a sentence defining "child" (left out where the bill defines it already);
 * - `provision-reference`: "this section" meaning the non-punishment provision (a reference to that
 *   provision when the clause becomes a section of its own);
 * - `cross-reference`: a reference to the source's own provisions or laws, which the drafter adapts;
 * - `placeholder` (default): words the drafter adapts (a court, a name).
 */
export type AdaptationRole = 'victim-term' | 'child-term' | 'child-definition' | 'provision-reference' | 'cross-reference' | 'placeholder';

export interface Adaptation {
  /** The words, exactly as in the clause's text. */
  find: string;
  /** What the drafter should put there, in a few words. */
  hint?: string;
  role?: AdaptationRole;
}

/** One model clause or drafting pattern from `corpus/`. The Markdown file is the source of truth. */
export interface ClauseRecord {
  id: string;
  title: string;
  jurisdiction: string;
  instrument: string;
  pinpoint: string;
  year?: number | string;
  kind: 'statute' | 'model-law' | 'treaty' | 'directive' | 'guidance' | 'drafting-pattern' | 'case-law' | 'bilateral-agreement';
  nexus: 'causation' | 'compulsion' | 'none' | 'n/a';
  scope: 'open' | 'closed' | 'n/a';
  childLimb: boolean;
  citation: string;
  sourceUrl?: string;
  /** True only when `text` is quoted exactly from a source. */
  verbatim: boolean;
  /** The source passage the text was checked against (for verbatim clauses). */
  verifiedAgainst?: VerifiedSource;
  /** Further sources that quote the same words (checked too). */
  alsoVerifiedAgainst?: VerifiedSource[];
  /** Guidance a drafting pattern implements. */
  implements?: { source: string; pinpoint: string }[];
  notes?: string;
  tags?: string[];
  /** Rule ids whose defects the provision's own words show (for example provisions). */
  defects?: string[];
  /** Defects (rule ids) the clause puts right when a drafter adopts it: the picker offers it first for them. */
  remedies?: string[];
  /** A fragment is inserted inside a sentence, not as a clause of its own. */
  fragment?: boolean;
  /** Snippet prefix, e.g. "np-kenya-s14". */
  prefix?: string;
  /** A suggested section heading when the clause is inserted into a bill (the project's, never a quotation). */
  heading?: string;
  /** Words a drafter adapts (the Act's name, cross-references): they become snippet placeholders. */
  adapt?: Adaptation[];
  /**
   * What the clause may be used for, where its kind and defects do not say it (see use.ts):
   * `model` (inserted as a provision), `note` (inserted as a drafting note, never as enactable text),
   * `comparison` (shown beside a provision only, never inserted).
   */
  use?: ClauseUse;
  /**
   * How the clause goes into a bill: as a section of its own (default), or as a further subsection of
   * the provision the cursor is in (a child limb, the forms of punishment covered).
   */
  insertAs?: 'section' | 'subsection';
  text: string;
  /** The clause file it was read from, relative to the corpus or library folder. */
  file?: string;
  /** Where the clause came from: the built-in corpus or a drafting office's own library. */
  origin?: 'built-in' | 'workspace';
}
