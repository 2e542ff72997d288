import { Link } from '../router.tsx';
import { usePageTitle } from '../title.ts';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <section className="demo-panel demo-panel--narrow">
      <h1>Page not found</h1>
      <p className="demo-muted">Nothing lives at this address.</p>
      <Link href="/" className="demo-button demo-button--primary">
        Go home
      </Link>
    </section>
  );
}
