import Link from "next/link";

/**
 * A list of links with the current page marked (`aria-current="page"`): the header's sections, a document's pages,
 * the admin pages. Styling of the current link comes from the `aria-current` variant, so it follows the markup.
 */
export function NavList({
  links,
  current,
  className,
  linkClassName,
  prefetch,
}: {
  links: { href: string; label: string }[];
  current: string | undefined;
  className: string;
  linkClassName: string;
  /** `false` for links on every page (the header), which would otherwise render their targets on every page view. */
  prefetch?: false;
}) {
  return (
    <ul className={className}>
      {links.map((link) => (
        <li key={link.href}>
          <Link
            href={link.href}
            prefetch={prefetch}
            aria-current={link.href === current ? "page" : undefined}
            className={linkClassName}
          >
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
