import type { LookupSecretsProps } from '../components.tsx';
import { useTranslate } from '../context.tsx';
import { CopyButton, DownloadButton } from '../primitives/CopyButton.tsx';
import { cx } from '../util/cx.ts';

/** Backup recovery codes: a list, plus copy and download (.txt) of the unused codes. */
export function LookupSecrets({ codes, label, id }: LookupSecretsProps) {
  const { t } = useTranslate();
  const unused = codes.filter((c) => !c.used).map((c) => c.code);
  const asText = unused.join('\n') + '\n';
  return (
    <div className="ory-lookup-secrets" id={id}>
      <p className="ory-lookup-secrets__label" id={`${id}-label`}>
        {label ?? t('ui.lookup_secrets.title')}
      </p>
      <ul className="ory-lookup-secrets__list" aria-labelledby={`${id}-label`}>
        {codes.map((c, i) => (
          <li key={i} className={cx('ory-lookup-secrets__code', c.used && 'ory-lookup-secrets__code--used')}>
            {c.used ? (
              <>
                <span aria-hidden="true">{t('ui.lookup_secrets.used')}</span>
                <span className="ory-visually-hidden">{c.text}</span>
              </>
            ) : (
              <code>{c.code}</code>
            )}
          </li>
        ))}
      </ul>
      {unused.length > 0 ? (
        <div className="ory-lookup-secrets__actions">
          <CopyButton text={asText} />
          <DownloadButton text={asText} filename={t('ui.lookup_secrets.filename')} />
        </div>
      ) : null}
    </div>
  );
}
