import { lint } from '../src/engine/lint.js';
import { analyseBill } from '../src/engine/model.js';

/** The names of the provisions the engine found in `text` ("Section 11", "Article 7A"). */
export function names(text: string): string[] {
  return analyseBill(text).provisions.map((p) => p.name);
}

/** The rule ids, each with its severity ("closed-offence-list:error"), that fired on `text`, sorted, once each. */
export function rules(text: string): string[] {
  return [...new Set(lint(text).findings.map((f) => `${f.ruleId}:${f.severity}`))].sort();
}
