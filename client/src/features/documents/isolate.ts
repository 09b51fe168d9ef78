/**
 * Wraps a name typed by someone (a file name, a skill) in Unicode isolates before it goes into a sentence, so an
 * English file name in an Arabic sentence — or an Arabic one in French — keeps its own direction and does not
 * drag the punctuation around it to the wrong side. The text equivalent of <bdi>.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
