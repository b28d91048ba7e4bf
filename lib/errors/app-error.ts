/** Expected failures (DESIGN.md rule 4): each code maps to one HTTP status and a message safe to show. */
export const ERROR_STATUS = {
  INVALID: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/**
 * What marks an AppError made by any copy of this module: Next.js bundles instrumentation, pages and route handlers
 * with copies of their own, and an error made in one reaches another through state the process shares (a worker pool
 * made by instrumentation.ts throws into the export route), where a plain `instanceof` would say no and the expected
 * failure would answer 500.
 */
const BRAND = Symbol.for("claimwise.AppError");

export class AppError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && BRAND in value;
  }

  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra machine-readable detail: field errors, the current state after a conflict, a retry delay. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
    Object.defineProperty(this, BRAND, { value: true });
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what = "That page") =>
  new AppError("NOT_FOUND", `${what} does not exist or you cannot see it.`);
export const forbidden = () => new AppError("FORBIDDEN", "You do not have permission to do that.");
export const unauthenticated = () => new AppError("UNAUTHENTICATED", "Please sign in first.");
