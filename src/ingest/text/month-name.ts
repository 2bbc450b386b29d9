/**
 * A month as a dateline writes it, in full or cut short, perhaps with a full stop: "May", "Feb.", "Sept",
 * "October". For a regular expression's source; case as written (capitalised).
 */
export const MONTH_NAME = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?`;
