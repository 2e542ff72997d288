import { useTranslate } from '@orykit/react';
import { Link } from '../router.tsx';

export function NotFoundPage() {
  const { t } = useTranslate();
  return (
    <section className="demo-panel demo-panel--narrow">
      <h1>{t('demo.not_found.title')}</h1>
      <p className="demo-muted">{t('demo.not_found.text')}</p>
      <Link href="/" className="demo-button demo-button--primary">
        {t('ui.error_view.home')}
      </Link>
    </section>
  );
}
