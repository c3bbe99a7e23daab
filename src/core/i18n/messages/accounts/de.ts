import { translation } from '../../catalog';
import type { ACCOUNTS_EN } from './en';

export const ACCOUNTS_DE = translation<typeof ACCOUNTS_EN>()({
  'address.empty': 'Bitte geben Sie eine E-Mail-Adresse oder Telefonnummer ein.',
  'address.missing-at':
    'Eine E-Mail-Adresse braucht ein @ zwischen Name und Domain, etwa jane@outlook.com.',
  'address.missing-at.domain-only':
    'Das sieht nur wie das Ende einer Adresse aus. Setzen Sie Ihren Namen und ein @ davor, etwa jane@{domain}.',
  'address.quoted-local-part':
    'Diese Adresse hat Anführungszeichen vor dem @. Das ist selten, und Microsoft-Konten akzeptieren es nicht.',
  'address.contains-space':
    'E-Mail-Adressen dürfen keine Leerzeichen enthalten. Prüfen Sie, ob vor oder nach dem @ ein Leerzeichen steht.',
  'address.multiple-at': 'Hier steht mehr als ein @. Eine E-Mail-Adresse hat genau eines.',
  'address.empty-local-part': 'Der Teil vor dem @ fehlt, etwa „jane“ in jane@outlook.com.',
  'address.empty-domain': 'Der Teil nach dem @ fehlt, etwa „outlook.com“ in jane@outlook.com.',
  'address.address-too-long':
    'Diese Adresse ist zu lang. E-Mail-Adressen haben höchstens 254 Zeichen.',
  'address.local-non-ascii':
    'Der Teil vor dem @ enthält Buchstaben mit Akzent oder nicht lateinische Buchstaben. Für die Microsoft-Anmeldung sind dort nur einfache Buchstaben, Ziffern und einige Zeichen erlaubt.',
  'address.local-bad-character': 'Der Teil vor dem @ darf keine {character} enthalten.',
  'address.domain-bad-character': 'Der Teil nach dem @ darf keine {character} enthalten.',
  'address.character.quotes': 'Anführungszeichen',
  'address.character.control': 'unsichtbaren Steuerzeichen',
  'address.character.other': 'Zeichen wie „{character}“',
  'address.local-leading-dot': 'Der Teil vor dem @ darf nicht mit einem Punkt beginnen.',
  'address.local-trailing-dot':
    'Der Teil vor dem @ darf nicht mit einem Punkt enden. Steht direkt vor dem @ ein Punkt zu viel?',
  'address.local-double-dot':
    'Der Teil vor dem @ hat zwei Punkte hintereinander. Es sollte nur einer sein.',
  'address.local-too-long': 'Der Teil vor dem @ ist zu lang: Er darf höchstens 64 Zeichen haben.',
  'address.domain-ip-address':
    'Der Teil nach dem @ ist eine Netzwerkadresse. Microsoft-Konten brauchen einen Domainnamen wie outlook.com.',
  'address.domain-invalid-idn':
    'Der Teil nach dem @ enthält Buchstaben, die in einem Domainnamen nicht vorkommen dürfen.',
  'address.domain-too-long':
    'Der Teil nach dem @ ist zu lang: Domainnamen haben höchstens 253 Zeichen.',
  'address.label-too-long':
    'Ein Abschnitt der Domain zwischen den Punkten ist länger als die erlaubten 63 Zeichen.',
  'address.label-hyphen':
    'Ein Abschnitt der Domain beginnt oder endet mit einem Bindestrich, was Domainnamen nicht erlauben.',
  'address.domain-bad-ending':
    'Die Domain kann nicht auf „.{ending}“ enden. Sie sollte etwa auf .com oder .de enden.',
  'address.domain-leading-dot': 'Der Teil nach dem @ darf nicht mit einem Punkt beginnen.',
  'address.domain-trailing-dot': 'Die Adresse darf nicht mit einem Punkt enden.',
  'address.domain-double-dot':
    'Der Teil nach dem @ hat zwei Punkte hintereinander. Es sollte nur einer sein.',
  'address.domain-missing-dot':
    'Der Teil nach dem @ braucht einen Punkt, etwa outlook.com oder beispiel.de.',
  'address.phone-too-short':
    'Das sieht nach einer Telefonnummer aus, ist aber zu kurz. Prüfen Sie, ob Ziffern fehlen.',
  'address.phone-too-long':
    'Das sieht nach einer Telefonnummer aus, hat aber zu viele Ziffern. Telefonnummern haben höchstens 15.',

  'account.reason.phone-sign-in':
    'Eine Telefonnummer kann der Anmeldename eines Microsoft-Kontos sein, oft bei Konten, die auf einem Handy oder früher für Skype erstellt wurden. Ob das hier so ist, lässt sich an der Nummer allein nicht erkennen.',
  'account.reason.phone-no-country-code':
    'Setzen Sie Ihre Landesvorwahl an den Anfang, etwa +49 oder +43, damit die Nummer so aussieht, wie Microsoft sie gespeichert hat.',
  'account.reason.consumer-domain':
    'Jede Adresse mit @{domain} ist ein privates Microsoft-Konto. Wenn diese Adresse Ihnen gehört, haben Sie schon eines.',
  'account.reason.plus-alias': 'Der Teil nach dem + ist ein Alias. Das Konto selbst ist {base}.',
  'account.reason.tenant-domain':
    'Adressen mit der Endung .{suffix} erstellt eine Organisation für ihre Geschäfts-, Schul- oder Unikonten.',
  'account.reason.tenant-domain-incomplete':
    'Geschäfts-, Schul- und Uniadressen sehen aus wie name@ihreorganisation.{domain}. Hier fehlt der Name der Organisation.',
  'account.reason.any-address':
    'Eine Adresse mit @{domain} kann ein privates Konto sein, ein Geschäfts-, Schul- oder Unikonto oder noch gar kein Microsoft-Konto. Jede E-Mail-Adresse kann eines werden.',
  'account.reason.other-provider':
    'Eine @{domain}-Adresse kann kein Geschäfts-, Schul- oder Unikonto sein, aber ein privates Microsoft-Konto: Jede E-Mail-Adresse kann eines werden.',
  'account.reason.microsoft-subdomain':
    '{domain} gehört zur Website von Microsoft und ist keine E-Mail-Domain. Die E-Mail-Adressen von Microsoft enden einfach auf @{parent}.',
  'account.reason.lookalike-domain':
    '{domain} sieht nur aus wie {imitated}. Es ist eine andere Domain und keine Adresse von Microsoft.',
  'account.reason.possible-typo':
    '{domain} ist keine Adresse von Microsoft. Meinten Sie {suggestion}?',
  'account.reason.unlisted-microsoft-name':
    '{domain} steht nicht auf unserer Liste der E-Mail-Domains von Microsoft, obwohl der Name danach aussieht. Wenn es wirklich Ihre Adresse ist, zeigt Ihnen eine Anmeldung damit, ob sie funktioniert.',

  'account.reason.in-your-accounts.personal':
    'Diese Adresse steht in Ihrer Kontenliste, als privates Konto.',
  'account.reason.in-your-accounts.work-school':
    'Diese Adresse steht in Ihrer Kontenliste, als Geschäfts-, Schul- oder Unikonto.',
  'account.reason.in-your-accounts.both':
    'Diese Adresse steht in Ihrer Kontenliste, als privates Konto und als Geschäfts-, Schul- oder Unikonto.',
  'account.reason.in-your-accounts': 'Diese Adresse steht in Ihrer Kontenliste.',
  'account.reason.seen-signing-in':
    'Sie haben diese Adresse schon einmal auf einer echten Anmeldeseite von Microsoft eingegeben. Wahrscheinlich ist sie also ein Microsoft-Konto.',
  'account.reason.no-hints':
    'Nichts von dem, was Sie angegeben haben, deutet auf ein Microsoft-Konto mit dieser Adresse hin. Jede Adresse kann eines werden, eine kurze Prüfung lohnt sich also trotzdem.',
  'account.reason.used':
    'Sie haben {service} genutzt. Wenn Sie dort diese Adresse verwendet haben, ist sie schon ein Microsoft-Konto. {where}',

  'question.outlook-hotmail.service': 'Outlook.com oder Hotmail',
  'question.outlook-hotmail':
    'Hatten Sie schon einmal eine E-Mail-Adresse bei Outlook.com, Hotmail, Live oder MSN?',
  'question.outlook-hotmail.where':
    'Diese E-Mail-Adresse ist selbst Ihr Microsoft-Konto. Suchen Sie sie in Ihren Kontakten, in alten Nachrichten oder auf einem Handy, das Sie damit eingerichtet haben.',
  'question.onedrive.service': 'OneDrive',
  'question.onedrive': 'Haben Sie Dateien in OneDrive gespeichert?',
  'question.onedrive.where':
    'Öffnen Sie die OneDrive-App, dann „Einstellungen“ und „Konto“: Dort steht die Adresse, die Sie verwendet haben.',
  'question.skype.service': 'Skype',
  'question.skype': 'Haben Sie früher Skype genutzt (bis zu seiner Einstellung im Mai 2025)?',
  'question.skype.where':
    'Skype zeigte Ihre Anmeldeadresse in Ihrem Profil. Wenn Sie sich mit einem Skype-Namen angemeldet haben, war auch dieser mit einem Microsoft-Konto verknüpft.',
  'question.xbox.service': 'Xbox',
  'question.xbox': 'Haben Sie auf einer Xbox oder mit Xbox auf einem PC gespielt?',
  'question.xbox.where':
    'Öffnen Sie auf der Konsole „Einstellungen“ und dann „Konto“: Dort steht Ihre Anmeldeadresse.',
  'question.windows-phone.service': 'Windows Phone',
  'question.windows-phone': 'Hatten Sie ein Windows Phone?',
  'question.windows-phone.where':
    'Öffnen Sie auf dem Handy „Einstellungen“ und dann „E-Mail + Konten“: Dort steht das Microsoft-Konto.',
  'question.office.service': 'Office oder Microsoft 365',
  'question.office':
    'Haben Sie sich bei Office oder Microsoft 365 angemeldet, zu Hause, bei der Arbeit oder in Schule oder Uni?',
  'question.office.where':
    'Öffnen Sie in einer Office-App wie Word „Datei“ und dann „Konto“: Dort steht die Adresse, mit der Sie angemeldet sind.',
  'question.windows-sign-in.service': 'Windows',
  'question.windows-sign-in':
    'Melden Sie sich an einem Windows-Computer mit einer E-Mail-Adresse an?',
  'question.windows-sign-in.where':
    'Öffnen Sie auf dem Computer „Einstellungen“, dann „Konten“ und „Ihre Infos“: Die Adresse steht unter Ihrem Namen.',

  'lookup.timeout':
    'Microsoft hat zu lange für eine Antwort gebraucht. Bitte versuchen Sie es gleich noch einmal.',
  'lookup.timeout.reason': 'Keine Antwort innerhalb von {seconds} Sekunden.',
  'lookup.network':
    'Wir konnten Microsoft nicht erreichen. Prüfen Sie, ob Sie online sind, und versuchen Sie es dann noch einmal.',
  'lookup.network.reason': 'Die Anfrage ist nicht durchgekommen.',
  'lookup.throttled':
    'Microsoft hat uns gebeten, langsamer zu machen. Bitte warten Sie ein paar Minuten, bevor Sie erneut prüfen.',
  'lookup.throttled.http-429': 'Microsoft hat mit „zu viele Anfragen“ geantwortet.',
  'lookup.throttled.status': 'Microsoft hat mitgeteilt, dass es Abfragen gerade begrenzt.',
  'lookup.exists-both':
    'Zu dieser Adresse gibt es zwei Microsoft-Konten: ein privates und ein Geschäfts-, Schul- oder Unikonto.',
  'lookup.exists-both.reason':
    'Microsoft kennt diese Adresse sowohl bei der privaten Anmeldung als auch bei der Anmeldung für Geschäfts-, Schul- oder Unikonten.',
  'lookup.not-found':
    'Microsoft kennt diese Adresse nicht als Anmeldenamen. Vielleicht haben Sie eine andere Adresse oder Ihre Telefonnummer verwendet – oder Sie machen diese Adresse zu einem Microsoft-Konto.',
  'lookup.not-found.reason': 'Laut Microsoft verwendet kein Konto diese Adresse.',
  'lookup.unknown':
    'Die Antwort von Microsoft war weder ein Ja noch ein Nein. Bitte versuchen Sie es später noch einmal.',
  'lookup.unknown.missing': 'Die Antwort enthielt kein Ergebnis zum Konto.',
  'lookup.unknown.code':
    'Die Antwort enthielt einen Ergebniscode ({code}), den wir weder als Ja noch als Nein lesen.',
  'lookup.exists-personal': 'Gute Nachricht: Diese Adresse ist schon ein privates Microsoft-Konto.',
  'lookup.exists-personal.reason': 'Microsoft kennt diese Adresse als privates Konto.',
  'lookup.exists-work-school':
    'Diese Adresse ist schon ein Geschäfts-, Schul- oder Unikonto, das eine Organisation verwaltet.',
  'lookup.exists-work-school.reason':
    'Microsoft kennt diese Adresse als Geschäfts-, Schul- oder Unikonto.',
  'lookup.federated': 'Die Organisation meldet Sie auf ihrer eigenen Seite an, unter {host}.',
  'lookup.unmanaged-organisation':
    'Dieses Geschäftskonto entstand durch eine Registrierung mit einer Geschäftsadresse und wurde nicht von einer IT-Abteilung eingerichtet.',
  'lookup.http.server':
    'Die Abfrage bei Microsoft hat gerade Probleme. Bitte versuchen Sie es in ein paar Minuten noch einmal.',
  'lookup.http.refused':
    'Microsoft hat die Abfrage abgelehnt. Bitte versuchen Sie es später noch einmal.',
  'lookup.http.reason': 'Microsoft hat mit Fehler {status} geantwortet.',
  'lookup.malformed':
    'Die Antwort von Microsoft ergab für uns keinen Sinn. Bitte versuchen Sie es später noch einmal.',
  'lookup.malformed.empty': 'Die Antwort war leer.',
  'lookup.malformed.json': 'Die Antwort war kein gültiges JSON.',
  'lookup.malformed.shape': 'Die Antwort hatte nicht den erwarteten Aufbau.',

  'lookup.refused.phone-number':
    'Microsoft kann nur zu E-Mail-Adressen gefragt werden. Um eine Telefonnummer zu prüfen, melden Sie sich testweise damit an.',
  'lookup.refused.lookups-off':
    'Das Fragen bei Microsoft ist in den Einstellungen von Account Helper ausgeschaltet.',
  'lookup.refused.by-organisation':
    'Ihre Organisation hat das Fragen bei Microsoft nach Adressen ausgeschaltet.',
  'lookup.refused.rate-limited':
    'Sie haben in kurzer Zeit mehrmals gefragt. Um Microsoft nicht zu überlasten, warten Sie bitte {wait} und versuchen Sie es dann noch einmal.',
  'wait.seconds.one': '{count} Sekunde',
  'wait.seconds.other': '{count} Sekunden',
  'wait.minute': 'eine Minute',
  'wait.minutes': '{count} Minuten',
});
