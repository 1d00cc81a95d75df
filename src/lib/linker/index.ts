export { createLinker, LinkerConfigError, type AmbiguityTable, type LinkablePlace, type Linker, type TextMention } from './linker.ts';
export { checkRules } from './ambiguity.ts';
export { RULE_NAMES, type RuleName } from './rules.ts';
export { NON_PLACE_PHRASES } from './non-place-phrases.ts';
