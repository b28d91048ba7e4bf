import "server-only";
import { notFound } from "@/lib/errors/app-error";

/** Row ids are cuid2 strings; leave room for other generators but never for NUL, `%`-garbage or megabyte paths. */
const ID_SHAPE = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The `{id}` of a route, checked once for every route: a value no row can have is NOT_FOUND before it reaches a
 * query (Postgres refuses NUL and invalid UTF-8 with an error, not "no rows").
 */
export async function pathId(params: Promise<{ id: string }>): Promise<string> {
  const { id } = await params;
  if (!ID_SHAPE.test(id)) throw notFound();
  return id;
}
