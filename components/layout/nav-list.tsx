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
}: {
  links: { href: string; label: string }[];
  current: string | undefined;
  className: string;
  linkClassName: string;
}) {
  return (
    <ul className={className}>
      {links.map((link) => (
        <li key={link.href}>
          <Link href={link.href} aria-current={link.href === current ? "page" : undefined} className={linkClassName}>
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
