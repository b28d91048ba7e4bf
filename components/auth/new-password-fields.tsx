import { Field } from "@/components/ui/field";

/** A new password typed twice (the form compares them before sending), as the password rules in lib/users/ say. */
export function NewPasswordFields({
  name,
  error,
  confirmError,
}: {
  name: string;
  error?: string;
  confirmError?: string;
}) {
  return (
    <>
      <Field
        id="new-password"
        name={name}
        type="password"
        label="New password (at least 12 characters)"
        autoComplete="new-password"
        error={error}
        required
      />
      <Field
        id="confirm-password"
        name="confirmPassword"
        type="password"
        label="New password again"
        autoComplete="new-password"
        error={confirmError}
        required
      />
    </>
  );
}
