import { Link } from 'react-router';

/** The bilingual wordmark, the same in every language; the Arabic half is marked up so it shapes and orders right. */
export function Brand() {
  return (
    <Link to="/" className="brand" translate="no">
      <span>Kafaat</span>
      <span aria-hidden="true"> · </span>
      <span lang="ar" dir="rtl">
        كفاءات
      </span>
    </Link>
  );
}
