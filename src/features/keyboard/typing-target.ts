/** Input types that take no typing: a shortcut pressed on one still counts. */
export const UNTYPED_INPUT_TYPES: readonly string[] = ['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'];

/** Roles of elements that take typing without being a text field. */
export const TEXT_ROLES: readonly string[] = ['textbox', 'searchbox'];

/**
 * Whether a key pressed here is typing (a text field, a select, editable text): shortcuts stay quiet then.
 * The boot script (src/build/boot-script.ts) asks the same in ES5, with the same two lists.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !UNTYPED_INPUT_TYPES.includes(target.type);
  return TEXT_ROLES.includes(target.getAttribute('role') ?? '');
}
