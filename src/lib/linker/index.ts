export { createLinker, LinkerConfigError, type AmbiguityTable, type LinkablePlace, type Linker, type TextMention } from './linker.ts';
export { checkRules, LinkerDataError } from './ambiguity.ts';
export { RULE_NAMES, type RuleName } from './rules.ts';
export { linkerFromData, NO_NOT_PLACES, NOT_PLACES_FILE, parseNotPlaces, type NotPlaces } from './not-places.ts';
export { toSimplified } from './normalise.ts';
