/**
 * Grey cards where results will appear. Hidden from screen readers: the results count above them already says
 * "Searching…" in its live region.
 */
export function ResultsSkeleton({ cards = 3 }: { cards?: number }) {
  return (
    <ul className="item-list search-skeleton" aria-hidden="true">
      {Array.from({ length: cards }, (_, index) => (
        <li key={index} className="item search-skeleton__card">
          <span className="search-skeleton__line search-skeleton__line--title" />
          <span className="search-skeleton__line" />
          <span className="search-skeleton__line search-skeleton__line--short" />
        </li>
      ))}
    </ul>
  );
}
