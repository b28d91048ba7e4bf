import { redirect } from "next/navigation";

/** The admin section starts at its user list. */
export default function AdminPage() {
  redirect("/admin/users");
}
