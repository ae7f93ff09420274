// How a quality statement id is made from its title, so ids stay predictable for people
// typing them by hand: "Responding to people's immediate needs" -> "responding-to-peoples-immediate-needs".

/** Lower-case; drop '&', commas and apostrophes; spaces, hyphens and dashes become single '-'. */
export function slugOfTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[&,'’]/g, '')
    .replace(/[\s\-–—]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The id a statement gets under a key question: `<key-question>.<slug-of-title>`. */
export function statementIdFor(keyQuestionId: string, title: string): string {
  return `${keyQuestionId}.${slugOfTitle(title)}`;
}
