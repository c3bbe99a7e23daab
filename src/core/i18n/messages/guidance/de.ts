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
    'Adressen bei Outlook.com, Hotmail, Live und MSN sind schon Microsoft-Konten. Ebenso die Adresse, die Sie für OneDrive, Xbox oder Office verwenden, und die, mit der Sie sich bei Skype angemeldet haben, falls Sie es vor seiner Einstellung genutzt haben. Melden Sie sich damit an, statt ein zweites Konto anzulegen.',
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
  'sign-up.step.password.label': 'Ein Kennwort erstellen (nur wenn Microsoft danach fragt)',
  'sign-up.step.password.detail':
    'Machen Sie es lang: 12 Zeichen oder mehr, zum Beispiel ein paar Wörter, die nichts miteinander zu tun haben. Verwenden Sie es nur für dieses Konto.',
  'sign-up.step.phone.label': 'Telefonnummer hinzufügen (nur wenn Microsoft danach fragt)',
  'sign-up.step.phone.detail':
    'Manchmal schickt Microsoft einen Code per SMS, um zu prüfen, dass sich ein Mensch registriert. Die Nummer kann auch ein Weg zurück ins Konto werden, wenn Sie den Zugang verlieren.',

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
    'Geben Sie den Code ein, den Ihr Fernseher, Ihre Konsole, Ihr Handy oder Ihre App anzeigt. Codes kommen nur von einem Gerät oder einer App, die Sie gerade selbst einrichten: Wenn Ihnen jemand anderes einen Code geschickt hat, versucht er vielleicht, in Ihr Konto zu kommen.',

  'device-code.link.heading': 'Sie kamen über einen Link hierher',
  'device-code.link.p1':
    'Das Gerät, das Sie einrichten, zeigt Ihnen die Adresse dieser Seite zum Eintippen: Sie kommt nicht als Link in einer E-Mail, einem Chat oder einem Dokument. Hat Ihnen jemand diesen Link oder einen Code geschickt, geben Sie ihn nicht ein: Schließen Sie diese Seite.',
  'device-code.confirm.heading': 'Haben Sie das selbst begonnen?',
  'device-code.confirm.named':
    'Microsoft fragt, ob Sie sich bei {app} anmelden. Fahren Sie nur fort, wenn Sie die Anmeldung bei {app} gerade eben selbst begonnen haben, auf einem Gerät oder in einer App vor Ihnen. Wenn nicht, wählen Sie „Abbrechen“: Sonst kommt jemand anderes in Ihr Konto.',
  'device-code.confirm.unnamed':
    'Microsoft fragt, bei welcher App Sie sich anmelden. Fahren Sie nur fort, wenn Sie die Anmeldung bei dieser App gerade eben selbst begonnen haben, auf einem Gerät oder in einer App vor Ihnen. Wenn nicht, wählen Sie „Abbrechen“: Sonst kommt jemand anderes in Ihr Konto.',

  'consent.title': 'Eine App möchte Ihr Konto verwenden',
  'consent.app.named': '{app} möchte Ihr Microsoft-Konto verwenden.',
  'consent.app.unnamed': 'Eine App möchte Ihr Microsoft-Konto verwenden.',
  'consent.admin':
    'Dies ist die Zustimmung eines Administrators: Wenn Sie zustimmen, erhält die App diesen Zugriff für alle in Ihrer Organisation, nicht nur für Sie.',
  'consent.publisher.verified':
    'Microsoft kennzeichnet ihren Herausgeber, {publisher}, als überprüft: Microsoft hat geprüft, wer dahintersteht.',
  'consent.publisher.unverified':
    'Microsoft kennzeichnet ihren Herausgeber als nicht überprüft: Niemand hat geprüft, wer sie gemacht hat. Name und Logo hat ihr Hersteller selbst eingetragen.',
  'consent.publisher.unknown':
    'Die Seite von Microsoft zeigt nicht, dass ihr Herausgeber überprüft ist.',
  'consent.waiting':
    'Sobald Sie angemeldet sind, fragt Microsoft, ob diese App Ihr Konto verwenden darf. Account Helper erklärt dann hier, was sie anfordert.',
  'consent.permissions.heading': 'Wenn Sie zustimmen, kann sie:',
  'consent.permissions.none':
    'Account Helper konnte nicht lesen, welche Berechtigungen sie anfordert. Lesen Sie die Liste von Microsoft, bevor Sie zustimmen.',
  'consent.permissions.other': '{name} (in den Worten von Microsoft)',
  'consent.permission.sign-in': 'Sie bei der App anmelden',
  'consent.permission.profile':
    'Ihr Basisprofil sehen: Ihren Namen, Ihre E-Mail-Adresse und Ihr Bild',
  'consent.permission.email-address': 'Ihre E-Mail-Adresse sehen',
  'consent.permission.mail-read': 'Ihre E-Mails lesen',
  'consent.permission.mail-read-send': 'Ihre E-Mails lesen und senden',
  'consent.permission.mail-write': 'Ihre E-Mails lesen, ändern und löschen',
  'consent.permission.mail-send': 'E-Mails in Ihrem Namen senden',
  'consent.permission.mailbox-full': 'die E-Mails in Ihrem Postfach lesen, senden und löschen',
  'consent.permission.files-read': 'alle Ihre Dateien sehen',
  'consent.permission.files-write': 'alle Ihre Dateien sehen, ändern und löschen',
  'consent.permission.contacts-read': 'Ihre Kontakte sehen',
  'consent.permission.contacts-write': 'Ihre Kontakte sehen, ändern und löschen',
  'consent.permission.calendar-read': 'Ihren Kalender sehen',
  'consent.permission.calendar-write': 'Ihren Kalender sehen und ändern',
  'consent.permission.chat': 'Ihre Chats lesen',
  'consent.permission.notes': 'Ihre OneNote-Notizbücher lesen',
  'consent.permission.people': 'die Personen sehen, mit denen Sie arbeiten, und ihre Profile',
  'consent.permission.directory':
    'das Verzeichnis Ihrer Organisation lesen: ihre Personen, Gruppen und mehr',
  'consent.permission.offline': 'diesen Zugriff behalten, auch wenn Sie die App nicht verwenden',
  'consent.warning.title': 'Stimmen Sie nur zu, wenn Sie diese App kennen',
  'consent.warning.body':
    'Eine App, deren Herausgeber niemand überprüft hat, fordert Ihre E-Mails, Dateien, Kontakte oder dauerhaften Zugriff an. Betrüger schicken Links zu genau dieser Seite: Es ist die echte Seite von Microsoft, und wer zustimmt, gibt ihnen seine Daten ohne sein Kennwort.',
  'consent.warning.action':
    'Wählen Sie auf der Seite von Microsoft „Abbrechen“. Wenn Sie einer solchen App schon zugestimmt haben, entziehen Sie ihr den Zugriff:',
  'consent.calm':
    'Microsoft fragt das, wenn Sie eine App zum ersten Mal mit Ihrem Konto verwenden. Stimmen Sie zu, wenn Sie diese App verwenden wollten; Sie können ihr den Zugriff später wieder entziehen.',
  'consent.remove.link': 'Apps mit Zugriff auf Ihr Konto ansehen und entfernen',
  'consent.later.heading': 'Später anders entschieden?',
  'consent.later.p1':
    'Sie können jederzeit alle Apps sehen, die Zugriff auf Ihr Konto haben, und jede davon entfernen.',

  'sign-up.no-password.heading': 'Kein Kennwort nötig',
  'sign-up.no-password.p1':
    'Neue Microsoft-Konten brauchen kein Kennwort: Sie bestätigen Ihre E-Mail-Adresse mit einem Code, und danach bietet Microsoft einen Passkey an. Die Kennwortstärke von Account Helper erscheint nur, wenn Microsoft Sie bittet, ein Kennwort zu erstellen.',
  'sign-up.coach.skipped': 'Nicht gefragt:',
  'sign-up.step.email-code.label': 'Den Code aus Ihrer E-Mail eingeben',
  'sign-up.step.email-code.detail':
    'Microsoft sendet einen Code an die angegebene Adresse, um zu prüfen, dass sie Ihnen gehört. Öffnen Sie dieses Postfach und geben Sie den Code hier ein. Behalten Sie diese Adresse: Mit ihr melden Sie sich an und kommen wieder hinein.',
  'sign-up.step.name.label': 'Ihren Namen angeben',
  'sign-up.step.name.detail':
    'Er erscheint in den E-Mails, die Sie senden, und in den Apps von Microsoft. Sie können ihn später ändern.',
  'sign-up.step.details.label': 'Geburtsdatum und Land oder Region angeben',
  'sign-up.step.details.detail':
    'Geben Sie Ihr echtes Geburtsdatum an: Microsoft kann bei einer Wiederherstellung danach fragen, und es entscheidet, ob Regeln für Kinderkonten gelten. Das Land oder die Region legt fest, welche Regeln und Dienste für Sie gelten.',
  'sign-up.step.puzzle.label': 'Zeigen, dass Sie ein Mensch sind',
  'sign-up.step.puzzle.detail':
    'Ein kurzes Rätsel oder eine Schaltfläche, die Sie gedrückt halten, hält Roboter davon ab, Konten anzulegen. Folgen Sie den Anweisungen; die Option für Barrierefreiheit bietet stattdessen eine Audioaufgabe.',
  'sign-up.step.passkey.label': 'Einen Passkey erstellen',
  'sign-up.step.passkey.detail':
    'Empfohlen: Erstellen Sie einen, dann melden Sie sich künftig mit Gesicht, Fingerabdruck oder PIN an. „Vorerst überspringen“ ist auch in Ordnung: Sie können später in Ihren Sicherheitsinformationen einen hinzufügen.',
  'sign-up.step.stay-signed-in.label': 'Angemeldet bleiben?',
  'sign-up.step.stay-signed-in.detail':
    'Wählen Sie „Ja“ nur auf Ihrem eigenen Gerät, das sonst niemand nutzt. Auf einem geteilten oder öffentlichen Computer wählen Sie „Nein“.',
  'passkey.what.heading': 'Was ein Passkey ist',
  'passkey.what.p1':
    'Ein Passkey ersetzt ein Kennwort. Sie entsperren ihn mit Ihrem Gesicht, Ihrem Fingerabdruck oder der PIN Ihres Geräts: Es gibt nichts zu merken oder einzutippen, und eine nachgemachte Seite kann ihn Ihnen nicht entlocken.',
  'passkey.where.p1':
    'Er wird auf diesem Gerät gespeichert (zum Beispiel in Windows Hello), auf Ihrem Handy oder in einem Passwort-Manager, der Passkeys auf all Ihren Geräten bereithält. Ein Passkey, der nur auf einem Gerät liegt, ist mit diesem Gerät verloren.',
  'passkey.second.heading': 'Einen zweiten Weg zur Anmeldung behalten',
  'passkey.second.p1':
    'Richten Sie zusätzlich einen weiteren Weg ein: einen Passkey auf einem anderen Gerät, die App Microsoft Authenticator oder eine E-Mail-Adresse oder Telefonnummer zur Wiederherstellung. Mit nur einem Weg kann Sie der Verlust dieses Handys oder Computers aussperren.',
  'sign-in.device.heading': 'Richten Sie einen PC, eine Konsole oder ein Handy ein?',
  'sign-in.device.p1':
    'Melden Sie sich mit dem Microsoft-Konto an, das Sie schon nutzen, damit Ihre Dateien, Käufe und Spiele mitkommen. Windows bietet auch ein lokales Konto an, das nur auf diesem einen PC bleibt. Ein Geschäfts-, Schul- oder Unikonto gehört auf einem privaten Gerät unter „Auf Arbeits- oder Schulkonto zugreifen“, nicht als sein Hauptkonto.',
  'sign-in.passkey.heading': 'Mit einem Passkey anmelden',
  'sign-in.passkey.p1':
    'Ihr Browser fragt nach Gesicht, Fingerabdruck, PIN oder Sicherheitsschlüssel. Liegt der Passkey auf Ihrem Handy, wählen Sie die Option für ein Handy und scannen Sie den QR-Code damit. Kein Passkey hier? Wählen Sie „Weitere Anmeldemöglichkeiten“.',
  'sign-in.other-ways.heading': 'Weitere Anmeldemöglichkeiten',
  'sign-in.other-ways.p1':
    'Microsoft zeigt die Wege, die für dieses Konto eingerichtet sind: einen Code per E-Mail oder SMS, die Authenticator-App, einen Passkey oder ein Kennwort. Wählen Sie einen, den Sie gerade nutzen können. Klappt keiner, wählen Sie „Kein Zugriff auf Ihr Konto?“, statt ein neues Konto zu erstellen.',
  'sign-in.number.heading': 'In der Authenticator-App bestätigen',
  'sign-in.number.p1':
    'Geben Sie die hier angezeigte Zahl in Ihrer Authenticator-App ein und bestätigen Sie die Anmeldung dort.',
  'sign-in.number.p2':
    'Wenn Sie keine Anmeldung begonnen haben, lehnen Sie sie in der App ab: Jemand kennt vielleicht Ihr Kennwort. Ändern Sie es dann und überprüfen Sie Ihre Anmeldemethoden.',
  'sign-in.code.heading': 'Den Code eingeben',
  'sign-in.code.p1':
    'Microsoft hat einen Code an die angezeigte E-Mail-Adresse, Telefonnummer oder App gesendet. Geben Sie ihn nur hier ein, auf der Seite von Microsoft: Microsoft ruft nie an und schreibt nie, um danach zu fragen.',
  'sign-in.kmsi.heading': 'Angemeldet bleiben?',
  'sign-in.kmsi.p1':
    '„Ja“ hält Sie in diesem Browser angemeldet. Wählen Sie es nur auf Ihrem eigenen Gerät; auf einem geteilten oder öffentlichen Computer wählen Sie „Nein“.',
  'security-info.add-next.heading': 'Was Sie als Nächstes hinzufügen sollten',
  'security-info.add-next.p1':
    'Halten Sie mindestens zwei Wege zur Anmeldung bereit, die nicht vom selben Gerät abhängen: einen zweiten Passkey (auf Ihrem Handy oder in einem Passwort-Manager) oder die Authenticator-App auf einem anderen Gerät, und eine E-Mail-Adresse oder Telefonnummer zur Wiederherstellung, die Sie erreichen.',
  'security-info.last-way.heading': 'Das ist der einzige aufgeführte Weg',
  'security-info.last-way.p1':
    'Wenn Sie ihn entfernen, können Sie sich aus dem Konto aussperren. Fügen Sie zuerst einen anderen Weg hinzu, prüfen Sie, dass er funktioniert, und entfernen Sie erst dann diesen.',
  'security-info.remove.heading': 'Bevor Sie einen Anmeldeweg entfernen',
  'security-info.remove.p1':
    'Fügen Sie zuerst den neuen Weg hinzu und prüfen Sie, dass er funktioniert. Wer den letzten Weg entfernt, den er noch nutzen kann, sperrt sich womöglich aus.',
  'password-reset.new-password.heading': 'Das neue Kennwort wählen',
  'password-reset.new-password.p1':
    'Nehmen Sie eines, das Sie noch nie verwendet haben, weder hier noch anderswo. Oder verzichten Sie auf Kennwörter: Sobald Sie wieder drin sind, fügen Sie in Ihren Sicherheitsinformationen einen Passkey hinzu und melden sich mit Gesicht, Fingerabdruck oder PIN an.',
});
