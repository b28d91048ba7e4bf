import { Alert } from "../ui/alert";

export function DatabaseUnavailable() {
  return (
    <Alert tone="error" title="The database is not available right now">
      Claimwise cannot reach its database. Nothing you have saved is lost; please try again in a minute. If you run this
      server, check that the database is running and that <code>DATABASE_URL</code> is right.
    </Alert>
  );
}
