import type { EN } from '../../../guidance/catalog';
import { translation } from '../../catalog';

export const GUIDANCE_DE = translation<typeof EN>()({
  'panel.toggle': 'Tipps von Account Helper',
  'panel.region': 'Account Helper: {title}',

  'strength.heading': 'Kennwortstärke',
  'strength.privacy':
    'Wird beim Tippen auf diesem Gerät geprüft. Account Helper speichert oder sendet Ihr Kennwort nie.',
  'strength.level.empty': 'Noch nichts eingegeben',
  'strength.level.weak': 'Schwach',
  'strength.level.fair': 'Mittel',
  'strength.level.good': 'Gut',
  'strength.level.strong': 'Stark',
  'strength.rule':
    'Microsoft verlangt mindestens 8 Zeichen, darunter zwei oder mehr dieser Arten: Großbuchstaben, Kleinbuchstaben, Ziffern, Sonderzeichen.',
  'strength.hint.microsoft-rule':
    'So nimmt Microsoft es noch nicht an: Verwenden Sie zwei oder mehr dieser Arten: Großbuchstaben, Kleinbuchstaben, Ziffern, Sonderzeichen.',
  'strength.hint.type': 'Tippen Sie ein neues Kennwort ein, um zu sehen, wie stark es ist.',
  'strength.hint.too-short':
    'Zu kurz. Verwenden Sie 12 Zeichen oder mehr (Microsoft verlangt mindestens 8).',
  'strength.hint.common':
    'Dies ist eines der meistgenutzten Kennwörter und wird als Erstes ausprobiert. Wählen Sie ein anderes.',
  'strength.hint.words':
    'Gängige Wörter und Namen werden zuerst geraten. Fügen Sie weitere Wörter hinzu, die nicht zusammengehören.',
  'strength.hint.sequence': 'Folgen wie abc, 1234 oder qwertz sind leicht zu erraten.',
  'strength.hint.repeat':
    'Wiederholte Buchstaben oder Muster bringen wenig. Fügen Sie lieber andere Wörter hinzu.',
  'strength.hint.dates': 'Jahreszahlen und Daten sind leicht zu erraten, vor allem Ihre eigenen.',
  'strength.hint.variety':
    'Machen Sie es länger oder mischen Sie Großbuchstaben, Ziffern und Sonderzeichen hinein.',
  'strength.hint.longer':
    'Fast geschafft. Ein paar Zeichen mehr machen es viel schwerer zu erraten.',
  'strength.hint.unique': 'Schwer zu erraten. Verwenden Sie es nur für dieses Konto.',

  'duplicate.title': 'Diese Adresse ist schon ein Microsoft-Konto',
  'duplicate.body':
    'Mit {address} können Sie sich schon anmelden. Melden Sie sich damit an oder stellen Sie das Konto wieder her, wenn Sie nicht hineinkommen, statt ein zweites Konto zu erstellen.',
  'duplicate.because.consumer-domain': 'Jede Adresse mit dieser Domain ist ein Microsoft-Konto.',
  'duplicate.because.listed': 'Sie steht in Ihrer Kontenliste.',
  'duplicate.because.looked-up': 'Microsoft hat das bestätigt, als Sie sie geprüft haben.',
  'duplicate.sign-in': 'Stattdessen anmelden',
  'duplicate.recover': 'Dieses Konto wiederherstellen',

  'accounts.heading': 'Ihre Konten',
  'accounts.intro': 'Konten, die Sie in Account Helper eingetragen haben:',
  'accounts.none': 'Sie haben in Account Helper noch keine Konten eingetragen.',
  'accounts.device-toggle':
    'Ich richte ein Handy oder ein anderes Gerät ein (zeigt, mit welchem Konto Sie sich anmelden sollten)',
  'accounts.device-warning':
    'Melden Sie sich mit dem Konto an, das Sie auf diesem Gerät behalten möchten. Es später zu wechseln, kann bedeuten, das Gerät auf die Werkseinstellungen zurückzusetzen – dabei gehen Apps und Dateien verloren, die Sie nicht gesichert haben.',
  'accounts.check-button': 'Oben eingegebene Adresse mit meinen Konten abgleichen',
  'accounts.check-empty':
    'Geben Sie zuerst eine Adresse in das Feld von Microsoft ein und prüfen Sie sie dann.',
  'accounts.check-failed':
    'Account Helper konnte die Adresse nicht prüfen. Versuchen Sie es noch einmal.',
  'accounts.answer.invalid': 'Das ist keine E-Mail-Adresse und keine Telefonnummer.',
  'accounts.answer.phone':
    'Mit einer Telefonnummer kann man sich bei einem privaten Microsoft-Konto anmelden. Ob das für diese gilt, lässt sich an der Nummer allein nicht erkennen.',
  'accounts.answer.listed': '{address} steht in Ihrer Kontenliste.',
  'accounts.answer.consumer-domain':
    '{address} ist ein privates Microsoft-Konto: Jede Adresse mit @{domain} ist eines.',
  'accounts.answer.looked-up': 'Als Sie {address} bei Microsoft geprüft haben, war es ein Konto.',
  'accounts.answer.work-school':
    '{address} ist ein Geschäfts-, Schul- oder Unikonto, erstellt von einer Organisation.',
  'accounts.answer.unknown':
    'Die Adresse allein verrät es nicht. Jede E-Mail-Adresse kann ein Microsoft-Konto werden; die Kontoprüfung hinter der Schaltfläche von Account Helper in der Symbolleiste kann Microsoft fragen.',

  'review.heading': 'Alles überprüft?',
  'review.intro':
    'Sagen Sie es Account Helper, dann erinnert es Sie, wenn es Zeit für den nächsten Blick ist.',
  'review.choose': 'Konto',
  'review.button': 'Ich habe meine Wiederherstellungsdaten überprüft',
  'review.recorded': 'Für {address} am {date} notiert.',
  'review.not-listed':
    'Dieses Konto steht nicht in Ihrer Liste, daher wurde nichts notiert. Tragen Sie es in den Optionen von Account Helper ein, um Erinnerungen zu erhalten.',
  'review.no-accounts':
    'Sie haben keine Konten eingetragen, daher wurde nichts notiert. Tragen Sie Ihre in den Optionen von Account Helper ein, um Erinnerungen zu erhalten.',
  'review.failed': 'Das hat nicht geklappt. Versuchen Sie es noch einmal.',

  'sign-in.title': 'Anmelden',
  'sign-in.which.heading': 'Wählen Sie das richtige Konto',
  'sign-in.which.p1':
    'Wenn Sie mehr als ein Microsoft-Konto haben, achten Sie darauf, dass dies das gewünschte ist. E-Mails, Dateien und Käufe bleiben bei dem Konto, mit dem Sie sich anmelden.',
  'sign-in.trouble.heading': 'Sie kommen nicht hinein?',
  'sign-in.trouble.p1':
    'Setzen Sie Ihr Kennwort zurück, statt ein neues Konto zu erstellen: Ein neues Konto beginnt leer, ohne Ihre E-Mails, Dateien oder Käufe.',
  'sign-in.trouble.link': 'Kennwort zurücksetzen',

  'sign-up.title': 'Ein Konto erstellen',
  'sign-up.already.heading': 'Vielleicht haben Sie schon eines',
  'sign-up.already.p1':
    'Adressen bei Outlook.com, Hotmail, Live und MSN sind schon Microsoft-Konten. Ebenso die Adresse, die Sie für OneDrive, Skype, Xbox oder Office verwenden. Melden Sie sich damit an, statt ein zweites Konto anzulegen.',
  'sign-up.coach.heading': 'Schritte',
  'sign-up.coach.fallback':
    'Account Helper kann nicht erkennen, welchen Schritt diese Seite zeigt, deshalb hier alle.',
  'sign-up.coach.current': 'Aktueller Schritt:',
  'sign-up.coach.done': 'Erledigt:',
  'sign-up.step.email.label': 'Eine vorhandene Adresse verwenden oder eine neue erstellen',
  'sign-up.step.email.detail':
    'Jede E-Mail-Adresse, die Sie schon nutzen, kann Ihr Microsoft-Konto werden. Für eine neue Adresse bei Outlook.com oder Hotmail wählen Sie „Neue E-Mail-Adresse erstellen“.',
  'sign-up.step.username.label': 'Benutzernamen wählen',
  'sign-up.step.username.detail':
    'Für eine neue Adresse geben Sie den Teil vor dem @ ein und wählen @outlook.com oder @hotmail.com. Microsoft sagt Ihnen, ob der Name schon vergeben ist.',
  'sign-up.step.password.label': 'Ein starkes Kennwort erstellen',
  'sign-up.step.password.detail':
    'Machen Sie es lang: 12 Zeichen oder mehr, zum Beispiel ein paar Wörter, die nichts miteinander zu tun haben. Verwenden Sie es nur für dieses Konto.',
  'sign-up.step.phone.label': 'Telefonnummer hinzufügen',
  'sign-up.step.phone.detail':
    'Sie schützt das Konto, und Microsoft kann Ihnen damit einen Code per SMS schicken, wenn Sie Ihr Kennwort vergessen.',
  'sign-up.step.birth-date.label': 'Ihr echtes Geburtsdatum angeben',
  'sign-up.step.birth-date.detail':
    'Microsoft kann danach fragen, um bei einer Wiederherstellung sicherzugehen, dass das Konto Ihnen gehört. Ein erfundenes Datum kann Sie später aussperren.',
  'sign-up.step.verification.label': 'Den Prüfcode eingeben',
  'sign-up.step.verification.detail':
    'Microsoft zeigt oder sendet einen Code oder ein kleines Rätsel, um zu prüfen, dass sich ein Mensch registriert. Geben Sie ihn genau so ein, wie er angezeigt wird.',
  'sign-up.step.confirmation-email.label': 'E-Mail-Adresse bestätigen',
  'sign-up.step.confirmation-email.detail':
    'Microsoft sendet eine Nachricht an die angegebene Adresse. Öffnen Sie sie und folgen Sie dem Link darin, um zu bestätigen, dass die Adresse Ihnen gehört.',

  'password-reset.title': 'Kennwort zurücksetzen',
  'password-reset.ask.heading': 'Wonach Microsoft fragt',
  'password-reset.ask.personal':
    'Zuerst nach der Adresse oder Telefonnummer, mit der Sie sich anmelden. Dann sendet Microsoft einen Sicherheitscode an eine der E-Mail-Adressen oder Telefonnummern des Kontos; geben Sie ihn hier ein und wählen Sie dann ein neues Kennwort.',
  'password-reset.ask.organisation':
    'Ihre Organisation legt fest, wie Sie nachweisen, dass Sie es sind: meist mit einem Code an Ihr Handy oder eine andere E-Mail-Adresse oder mit einer Anfrage in Ihrer Authenticator-App.',
  'password-reset.no-access.heading': 'Sie können keine davon nutzen?',
  'password-reset.no-access.personal':
    'Geben Sie an, dass Sie keine davon haben, dann bietet Microsoft das Wiederherstellungsformular an. Füllen Sie es auf einem Gerät und an einem Ort aus, an dem Sie sich schon angemeldet haben, und geben Sie so viele Angaben aus der Vergangenheit an wie möglich.',
  'password-reset.no-access.organisation':
    'Der Helpdesk oder die IT-Abteilung Ihrer Organisation kann Ihr Kennwort für Sie zurücksetzen.',
  'password-reset.no-access.link': 'Wiederherstellungsformular öffnen',
  'password-reset.after.heading': 'Danach',
  'password-reset.after.p1':
    'Überprüfen Sie Ihre Sicherheitsinformationen, damit das nächste Zurücksetzen leichtfällt. Ihr Handy, Ihre E-Mail-Apps und andere Geräte werden Sie bitten, sich mit dem neuen Kennwort wieder anzumelden.',
  'password-reset.after.link': 'Sicherheitsinformationen überprüfen',

  'account-recovery.title': 'Konto wiederherstellen',
  'account-recovery.form.heading': 'Das Wiederherstellungsformular ausfüllen',
  'account-recovery.form.p1':
    'Microsoft vergleicht Ihre Antworten mit dem, was es über das Konto weiß. Verwenden Sie ein Gerät und einen Ort, an dem Sie sich schon bei dem Konto angemeldet haben.',
  'account-recovery.form.p2':
    'Geben Sie so viel an, wie Sie noch wissen: früher verwendete Kennwörter, Namen und Angaben im Konto, Betreffzeilen kürzlich erhaltener E-Mails, Adressen, an die Sie geschrieben haben.',
  'account-recovery.contact.heading': 'Wohin die Antwort geht',
  'account-recovery.contact.p1':
    'Geben Sie eine E-Mail-Adresse an, die Sie jetzt lesen können, nicht die, die Sie wiederherstellen. Microsoft sendet seine Antwort dorthin.',
  'account-recovery.again.heading': 'Wenn es nicht klappt',
  'account-recovery.again.p1':
    'Sie können das Formular noch einmal mit mehr Angaben ausfüllen. Sobald Sie wieder Zugang haben, überprüfen Sie Ihre Sicherheitsinformationen, damit Sie das Formular nächstes Mal nicht brauchen.',
  'account-recovery.again.link': 'Sicherheitsinformationen überprüfen',

  'security-info.title': 'Ihre Sicherheitsinformationen',
  'security-info.two-step.heading': 'Zweistufige Überprüfung',
  'security-info.two-step.p1':
    'Ist sie eingeschaltet, brauchen Sie zur Anmeldung Ihr Kennwort und einen zweiten Nachweis: einen Code per SMS oder E-Mail oder eine Anfrage in einer Authenticator-App. Halten Sie mindestens zwei Wege aktuell.',
  'security-info.devices.heading': 'Nach einer Änderung',
  'security-info.devices.p1':
    'Nachdem Sie Ihr Kennwort geändert oder die zweistufige Überprüfung eingeschaltet haben, fragen Handys, E-Mail-Apps und Konsolen vielleicht erneut nach einer Anmeldung. Auch ein Systemupdate kann fragen und einen Code an die hinterlegte Telefonnummer oder E-Mail-Adresse senden.',
  'security-info.app-passwords.heading': 'Ältere Apps',
  'security-info.app-passwords.p1':
    'Manche älteren Apps und Geräte können nicht nach einem zweiten Nachweis fragen. Bei eingeschalteter zweistufiger Überprüfung brauchen sie ein App-Kennwort: eines, das Sie hier erstellen, nur für diese App.',

  'account-home.title': 'Ihr Microsoft-Konto',
  'account-home.which.heading': 'Ist das das richtige Konto?',
  'account-home.which.p1':
    'Prüfen Sie den Namen und die Adresse auf der Seite. Ist es nicht das gewünschte Konto, melden Sie sich ab und mit dem anderen an.',
  'account-home.current.heading': 'Wiederherstellungsdaten aktuell halten',
  'account-home.current.p1':
    'Eine aktuelle Telefonnummer und eine zweite E-Mail-Adresse sind der schnellste Weg zurück, wenn Sie Ihr Kennwort vergessen.',
  'account-home.current.link': 'Sicherheitsinformationen überprüfen',

  'sign-out.title': 'Abmelden',
  'sign-out.shared.heading': 'An einem gemeinsam genutzten Computer',
  'sign-out.shared.p1':
    'Schließen Sie alle Browserfenster, wenn Sie fertig sind, damit die nächste Person nicht wieder in Ihr Konto kommt.',
  'sign-out.switch.heading': 'Das falsche Konto verwendet?',
  'sign-out.switch.p1':
    'Melden Sie sich erneut mit dem Konto an, das Sie verwenden wollten. Was Sie in der Zwischenzeit gespeichert haben, bleibt beim anderen.',

  'device-code.title': 'Ein Gerät anmelden',
  'device-code.code.heading': 'Der Code von Ihrem Gerät',
  'device-code.code.p1':
    'Geben Sie den Code ein, den Ihr Fernseher, Ihre Konsole, Ihr Handy oder Ihre App anzeigt. Tun Sie das nur für ein Gerät, das Sie gerade selbst einrichten: Wenn Ihnen jemand anderes einen Code geschickt hat, versucht er vielleicht, in Ihr Konto zu kommen.',
});
