import { LANGUAGES, LOCALE_OF, NATIVE_NAME } from '@convene/i18n';
import { useSignedIn } from '../auth';
import { useT } from './i18n';
import { chooseLanguage, saveLanguage } from './language-store';

/** "Cymraeg / English" in the header: the current one plain text, the other a link-like button named in its own language. */
export function LanguageSwitch() {
  const { t, language } = useT();
  const signedIn = useSignedIn();

  return (
    <ul className="language-switch" aria-label={t('shell.language.label')}>
      {LANGUAGES.map((option) => (
        <li key={option}>
          {option === language ? (
            <span lang={LOCALE_OF[option]} aria-current="true" className="language-current">
              {NATIVE_NAME[option]}
            </span>
          ) : (
            <button
              type="button"
              className="language-option"
              lang={LOCALE_OF[option]}
              onClick={() => {
                chooseLanguage(option);
                if (signedIn.state === 'signed-in') saveLanguage(option).catch(() => undefined);
              }}
            >
              {NATIVE_NAME[option]}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
