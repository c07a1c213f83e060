/** One model clause or drafting pattern from `corpus/`. The Markdown file is the source of truth. */
export interface ClauseRecord {
  id: string;
  title: string;
  jurisdiction: string;
  instrument: string;
  pinpoint: string;
  year?: number | string;
  kind: 'statute' | 'model-law' | 'treaty' | 'guidance' | 'drafting-pattern' | 'case-law' | 'bilateral-agreement';
  nexus: 'causation' | 'compulsion' | 'none' | 'n/a';
  scope: 'open' | 'closed' | 'n/a';
  childLimb: boolean;
  citation: string;
  sourceUrl?: string;
  /** True only when `text` is quoted exactly from a source. */
  verbatim: boolean;
  /** The source passage the text was checked against (for verbatim clauses). */
  verifiedAgainst?: { source: string; pinpoint: string; seed?: string; note?: string };
  /** Guidance a drafting pattern implements. */
  implements?: { source: string; pinpoint: string }[];
  notes?: string;
  tags?: string[];
  /** Defects the source itself notes for an example provision (rule ids). */
  defects?: string[];
  /** A fragment is inserted inside a sentence, not as a clause of its own. */
  fragment?: boolean;
  /** Snippet prefix, e.g. "np-kenya-s14". */
  prefix?: string;
  text: string;
  /** Where the clause came from: the built-in corpus or a drafting office's own library. */
  origin?: 'built-in' | 'workspace';
}
