/**
 * The form field's value when it is one of `choices`, typed as that choice; anything else (absent, empty, a value the
 * page never offered) is undefined. Lets a form hand a select's or radio group's value to a typed action without a cast.
 */
export function formChoice<T extends string>(choices: readonly T[], value: FormDataEntryValue | null): T | undefined {
  return choices.find((choice) => choice === value);
}
