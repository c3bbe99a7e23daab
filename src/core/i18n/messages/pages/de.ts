import { translation } from '../../catalog';
import type { PAGES_EN } from './en';

export const PAGES_DE = translation<typeof PAGES_EN>()({
  'popup.checking': 'Diese Seite wird geprüft …',
  'popup.failed': 'Account Helper konnte den Status dieser Seite nicht lesen: {error}',
  'popup.not-checked':
    'Öffnen Sie Account Helper auf einer Anmeldeseite von Microsoft, um sie zu prüfen.',
  'popup.unchecked': 'Account Helper kann diese Seite nicht prüfen',
  'popup.more-reasons.one': '{count} weiterer Grund',
  'popup.more-reasons.other': '{count} weitere Gründe',
  'popup.recent': 'Zuletzt gesehen',
  'popup.settings-link': 'Einstellungen und Ihre Daten',

  'sightings.none': 'Noch keine Anmeldeseiten von Microsoft gesehen.',
  'when.just-now': 'gerade eben',
  'when.minutes': 'vor {count} Min.',
  'error.generic': 'Etwas ist schiefgelaufen.',

  'guard.heading': 'Schutz vor Fälschungen',
  'guard.on':
    'Ein: Jede Seite, die Sie öffnen, wird auf gefälschte Anmeldeseiten von Microsoft geprüft.',
  'guard.required': 'Ihre Organisation schreibt den Schutz vor Fälschungen vor.',
  'guard.turn-off': 'Ausschalten',
  'guard.required-missing':
    'Ihre Organisation schreibt den Schutz vor Fälschungen vor, aber Ihr Browser hat ihn noch nicht erlaubt. Bitte schalten Sie ihn unten ein.',
  'guard.explanation':
    'Um Sie auf jeder Website vor gefälschten Anmeldeseiten von Microsoft zu warnen, muss Account Helper die Seiten ansehen, die Sie öffnen; es prüft sie auf diesem Gerät und sendet nichts irgendwohin.',
  'guard.refused': 'Die Berechtigung wurde nicht erteilt, der Schutz bleibt daher aus.',
  'guard.failed': 'Ihr Browser hat Account Helper diese Berechtigung nicht ändern lassen.',
  'guard.turn-on': 'Schutz vor Fälschungen einschalten',

  'managed.heading': 'Von Ihrer Organisation verwaltet',
  'managed.intro':
    'Ihre Organisation hat Account Helper für alle ihre Mitarbeitenden eingerichtet:',
  'managed.ignored':
    'Einige Einstellungen Ihrer Organisation für Account Helper wurden nicht verstanden ({names}). Wo eine davon etwas entscheidet, gilt die strengere Wahl. Ihre IT-Abteilung kann sie korrigieren.',
  'managed.rule.lookups-off':
    'Das Prüfen einer Adresse bei Microsoft („Microsoft fragen“) ist ausgeschaltet.',
  'managed.rule.remember-off': 'Adressen, mit denen Sie sich anmelden, werden nie gespeichert.',
  'managed.rule.guard-required': 'Der Schutz vor Fälschungen ist vorgeschrieben.',
  'managed.rule.tenants':
    'Anmeldeseiten von Microsoft für andere Organisationen als Ihre werden gekennzeichnet. Ihre: {tenants}.',
  'managed.rule.sign-in-pages':
    'Die eigenen Anmeldeseiten Ihrer Organisation, bei denen nie gewarnt wird: {hosts}.',

  'welcome.title': 'Willkommen bei Account Helper',
  'welcome.intro': 'Account Helper kümmert sich um Ihre Microsoft-Konten, direkt in Ihrem Browser:',
  'welcome.genuine':
    'Es zeigt Ihnen, ob eine Anmeldeseite wirklich zu Microsoft gehört, und warnt Sie, wenn eine Seite das nur vorgibt.',
  'welcome.existing':
    'Es hilft Ihnen herauszufinden, ob eine E-Mail-Adresse schon ein Microsoft-Konto ist, damit Sie nicht versehentlich ein zweites erstellen.',
  'welcome.reminders':
    'Es erinnert Sie daran, Ihre Wiederherstellungs-E-Mail, Telefonnummer und die Einstellungen der zweistufigen Überprüfung aktuell zu halten.',
  'welcome.privacy.heading': 'Ihre Privatsphäre',
  'welcome.privacy':
    'Alles bleibt auf diesem Gerät. Account Helper speichert oder sendet Ihre Kennwörter nie und übermittelt nichts, es sei denn, Sie lassen eine Adresse bei Microsoft prüfen.',
  'welcome.toolbar':
    'Klicken Sie auf einer Anmeldeseite von Microsoft auf die Schaltfläche von Account Helper in Ihrer Symbolleiste, um zu sehen, was es gefunden hat.',

  'left.title': 'Sie haben eine gefälschte Seite verlassen – Account Helper',
  'left.heading': 'Sie haben eine Seite verlassen, die sich als Microsoft ausgab',
  'left.taken-away': 'Account Helper hat diesen Tab von ihr weggeholt.',
  'left.change-password':
    'Falls Sie dort vorhin ein Kennwort eingegeben haben, ändern Sie es jetzt auf einer Seite, die Sie selbst aufrufen: Geben Sie {address} in die Adressleiste ein, melden Sie sich an und öffnen Sie {security}.',
  'left.security': 'Sicherheit',
  'left.only-own':
    'Microsoft meldet Sie nur auf seinen eigenen Adressen an, etwa login.live.com und login.microsoftonline.com.',
  'left.next.heading': 'Was Sie jetzt tun können',
  'left.next.account': 'Zu account.microsoft.com gehen',
  'left.next.close': 'Diesen Tab schließen',

  'toolbar.microsoft': 'Account Helper: eine echte Microsoft-Seite',
  'toolbar.lookalike': 'Account Helper: Diese Seite ahmt Microsoft nach',
  'toolbar.other': 'Account Helper',

  'warning.title': 'Diese Seite gibt sich als Microsoft aus',
  'warning.summary':
    'Dies ist keine Seite von Microsoft. Alles, was Sie hier eingeben, vor allem ein Kennwort oder ein Code, könnte gestohlen werden.',
  'warning.advice':
    'Um sich sicher anzumelden, geben Sie selbst account.microsoft.com in die Adressleiste ein.',
  'warning.leave': 'Diese Seite verlassen',
  'warning.know': 'Ich weiß, was ich tue',
  'warning.proceed': 'Ich verstehe das Risiko, Seite anzeigen',
  'warning.chip': 'Account Helper: keine Microsoft-Seite',
  // Seite melden; der Schutz auf der Willkommensseite und im Popup.
  'warning.report': 'Diese Seite an Microsoft melden',
  'warning.org-told':
    'Ihre Organisation wird informiert, wenn diese Warnung erscheint: die Adresse der Seite und warum sie auffiel, nichts über Sie.',
  'popup.report': 'An Microsoft melden',
  'managed.rule.report-endpoint':
    'Ihre Organisation wird jedes Mal informiert, wenn Account Helper Sie vor einer nachgeahmten Seite warnt (die Adresse der Seite und warum sie auffiel).',
  'guard.off-unprotected': 'Aus: Fälschungen woanders bleiben ohne Warnung',
  'welcome.guard.what':
    'Der Schutz vor Nachahmungen sieht sich die Seiten an, die Sie öffnen, und warnt Sie, bevor Sie etwas eingeben, wenn eine sich als Anmeldeseite von Microsoft ausgibt.',
  'welcome.guard.never':
    'Er prüft sie auf diesem Gerät: Keine Seite, keine Adresse und nichts, was Sie eingeben, wird jemals irgendwohin gesendet.',
  'welcome.guard.org':
    'Ihre Organisation möchte über jede Warnung vor einer Nachahmung informiert werden: die Adresse der Seite und warum sie auffiel.',
  'welcome.next.heading': 'Nächste Schritte',
  'welcome.next.accounts':
    'Tragen Sie Ihre Microsoft-Konten in den Einstellungen ein, damit Account Helper Sie erinnern kann, ihre Wiederherstellungsdaten aktuell zu halten.',
  'welcome.next.accounts-link': 'Einstellungen öffnen',
  'welcome.next.pin':
    'Heften Sie Account Helper an Ihre Symbolleiste an: Öffnen Sie das Erweiterungsmenü des Browsers (das Puzzleteil) und wählen Sie die Stecknadel neben Account Helper.',
});
