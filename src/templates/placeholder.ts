// The words each template leaves where only the provider can write what was found. The
// placeholder-text rule looks for them, so an action raised from a template cannot go to
// governance with the template's wording standing in for the facts.
export const PLACEHOLDER = 'Replace this with what was found';
