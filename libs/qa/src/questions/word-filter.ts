// A deliberately small list: the filter holds a question back for a moderator, who decides.
const WORDS = ['fuck', 'shit', 'cunt', 'wanker', 'twat', 'bollocks', 'arsehole', 'asshole', 'bastard', 'bitch', 'dickhead', 'prick', 'slut', 'whore', 'retard'];
const PATTERN = new RegExp(`(^|[^\\p{L}])(${WORDS.join('|')})`, 'iu');

/** True when the text contains a listed word (at a word's start: "shitty" counts, "Scunthorpe" does not). */
export function needsModeration(text: string): boolean {
  return PATTERN.test(text.normalize('NFKC'));
}
