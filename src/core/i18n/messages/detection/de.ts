import { translation } from '../../catalog';
import type { DETECTION_EN } from './en';

export const DETECTION_DE = translation<typeof DETECTION_EN>()({
  'verdict.microsoft': 'Dies ist eine echte Microsoft-Seite',
  'verdict.lookalike': 'Vorsicht: Diese Seite ahmt Microsoft nach',
  'verdict.other': 'Dies ist keine Anmeldeseite von Microsoft',

  'page-kind.sign-in': 'Anmeldeseite',
  'page-kind.sign-up': 'Seite zum Erstellen eines Kontos',
  'page-kind.password-reset': 'Seite zum Zurücksetzen des Kennworts',
  'page-kind.account-recovery': 'Seite zur Kontowiederherstellung',
  'page-kind.security-info': 'Seite mit Sicherheitsinformationen',
  'page-kind.account-home': 'Kontoübersicht',
  'page-kind.sign-out': 'Abmeldeseite',
  'page-kind.device-code': 'Geräteanmeldung',
  'page-kind.consent': 'Berechtigungsanfrage einer App',

  'service.microsoft-account': 'Privates Microsoft-Konto',
  'service.work-school': 'Geschäfts-, Schul- oder Unikonto (Microsoft Entra ID)',
  'service.us-government': 'US-Regierungscloud',
  'service.china': 'Microsoft-Cloud in China (21Vianet)',

  'reason.official-microsoft-host': 'Dies ist eine offizielle Adresse von Microsoft ({host}).',
  'reason.not-https':
    'Dies ist eine Adresse von Microsoft, aber die Verbindung ist nicht sicher (kein https). Für diese Seite können wir uns daher nicht verbürgen.',
  'reason.unusual-port':
    'Diese Microsoft-Adresse verwendet eine ungewöhnliche Portnummer. Für diese Seite können wir uns daher nicht verbürgen.',
  'reason.user-content-host':
    'Auf {suffix} kann jeder Seiten veröffentlichen. Eine offizielle Anmeldeseite von Microsoft ist hier deshalb nie.',
  'reason.typo-of-microsoft-host':
    'Die Adresse {host} weicht nur knapp von der echten Microsoft-Adresse {official} ab.',
  'reason.typo-of-brand-name': 'Der Name „{word}“ ist eine falsche Schreibweise von „{brand}“.',
  'reason.confusable-characters':
    'Der Name „{word}“ verwendet ähnlich aussehende Buchstaben oder Ziffern, um wie „{brand}“ zu wirken.',
  'reason.punycode-confusable':
    'Die Adresse verwendet fremde Schriftzeichen („{word}“), die wie „{brand}“ aussehen sollen.',
  'reason.brand-in-subdomain':
    'Die Adresse beginnt mit „{brand}“, die Website gehört aber in Wirklichkeit zu {site}.',
  'reason.brand-in-hyphenated-domain':
    'Der Website-Name {site} leiht sich den Namen „{brand}“, gehört aber nicht Microsoft.',
  'reason.brand-in-domain-name':
    'Die Website {site} verwendet den Namen „{brand}“, gehört aber nicht Microsoft.',
  'reason.sign-in-words-with-brand':
    'Die Adresse verbindet einen Microsoft-Namen mit Wörtern wie „login“ oder „verify“ – ein verbreiteter Trick.',
  'reason.userinfo-trick':
    'Die Adresse verbirgt die echte Website: Alles vor dem „@“ wird ignoriert, Sie wären also tatsächlich auf {site}.',
  'reason.microsoft-host-in-path':
    'Die Adresse nennt weiter hinten {host}, die Seite kommt aber in Wirklichkeit von {site}.',
  'reason.sign-in-path-on-foreign-host':
    'Diese Adresse ahmt den Aufbau der Anmeldeadressen von Microsoft nach, liegt aber auf {site}.',
  'reason.free-hosting-with-brand':
    'Diese Seite liegt auf {suffix}, wo jeder eine Website erstellen kann, und verwendet den Namen „{brand}“.',
  'reason.cloned-sign-in-page':
    'Diese Seite sieht aus wie eine Anmeldeseite von Microsoft, liegt aber auf {site} und nicht auf einer Adresse von Microsoft. Geben Sie hier nicht Ihr Kennwort ein.',
  'reason.microsoft-form-fields':
    'Das Formular auf dieser Seite ist wie das Anmeldeformular von Microsoft aufgebaut.',
  'reason.microsoft-sign-in-wording':
    'Die Seite übernimmt die Formulierungen der Anmeldeseiten von Microsoft.',
  'reason.microsoft-logo': 'Die Seite zeigt das Microsoft-Logo.',
  'reason.microsoft-sign-in-assets':
    'Die Seite verwendet Bilder oder Gestaltung der echten Anmeldeseiten von Microsoft.',
  'reason.credential-form':
    'Die Seite fragt nach einer E-Mail-Adresse, Telefonnummer oder einem Kennwort.',
  'reason.owa-copy':
    'Diese Seite ist eine Kopie der Anmeldeseite von Outlook Web App, liegt aber auf {site} und nicht auf dem Mailserver Ihrer Organisation oder bei Microsoft. Geben Sie hier nicht Ihr Kennwort ein.',
  'reason.shared-document-lure':
    'Diese Seite ist ein Köder mit einem geteilten Dokument: Sie behauptet, jemand habe eine Datei mit Ihnen geteilt, und will Ihr Microsoft-Kennwort, um sie zu zeigen. Sie liegt aber auf {site}, nicht auf einer Adresse von Microsoft. Geben Sie hier nicht Ihr Kennwort ein.',
  'reason.screenshot-sign-in-page':
    'Diese Seite ist ein Bild einer Anmeldeseite von Microsoft mit darübergelegten Eingabefeldern, auf {site} und nicht auf einer Adresse von Microsoft. Geben Sie hier nicht Ihr Kennwort ein.',
  'reason.account-alert-lure':
    'Eine gefälschte Kontowarnung von Microsoft auf {site}, gemacht, um an Ihr Kennwort zu kommen. Geben Sie es hier nicht ein.',
  'reason.fake-browser-window':
    'Diese Seite zeichnet ein falsches Anmeldefenster mit einer Microsoft-Adresse, liegt aber in Wirklichkeit auf {site}. Geben Sie hier nicht Ihr Kennwort ein.',
  'reason.sends-to-outside-service':
    'Der eigene Code der Seite schickt, was Sie eingeben, an einen fremden Dienst ({service}), wie es Phishing-Baukästen tun.',
  'reason.microsoft-name-in-address':
    'Die Adresse verwendet den Namen „{word}“, aber die Website ist {site} und gehört nicht Microsoft.',
  'reason.disguised-text':
    'Die Seite tarnt den Namen Microsoft mit ähnlich aussehenden Buchstaben oder unsichtbaren Zeichen, ein Trick, um an Filtern vorbeizukommen.',
  'reason.script-built-page':
    'Die Seite baut sich aus verschleiertem Code auf, ein Trick, um Sicherheitsprüfungen zu entgehen.',
  'reason.saved-copy-of-microsoft-page':
    'Der Quelltext der Seite verrät, dass sie von einer Microsoft-Seite gespeichert oder kopiert wurde.',
  'reason.organisation-sign-in-page':
    'Das sieht nach der eigenen Anmeldeseite einer Organisation aus (Microsoft-Software, die sie selbst betreibt, etwa AD FS oder Outlook Web App), nicht nach der von Microsoft. Melden Sie sich nur an, wenn es Ihre Organisation ist.',
  'reason.tenant-not-allowed.id':
    'Dies ist die echte Anmeldeseite von Microsoft, aber sie meldet Sie bei der Organisation mit der Mandanten-ID {tenant} an, nicht bei einer, die Ihre Organisation verwendet. Fahren Sie nur fort, wenn Sie sich dort anmelden wollten.',
  'reason.tenant-not-allowed.domain':
    'Dies ist die echte Anmeldeseite von Microsoft, aber sie meldet Sie bei der Organisation {tenant} an, nicht bei einer, die Ihre Organisation verwendet. Fahren Sie nur fort, wenn Sie sich dort anmelden wollten.',
  'reason.tenant-not-allowed.other':
    'Dies ist die echte Anmeldeseite von Microsoft, aber sie meldet Sie bei einer anderen Organisation an, nicht bei einer, die Ihre Organisation verwendet. Fahren Sie nur fort, wenn Sie sich dort anmelden wollten.',
  // Shared content on Microsoft's hosts, the next hop, the organisation's sign-in page (issue 16)
  'reason.shared-content-password':
    'Diese Seite liegt auf {product}, wo jeder mit einem Microsoft-Konto veröffentlichen kann, und sie fragt nach einem Kennwort. Microsoft fragt nie in einer geteilten Datei, einem Formular oder einer Website nach Ihrem Kennwort.',
  'reason.shared-content-code':
    'Diese Seite liegt auf {product}, wo jeder mit einem Microsoft-Konto veröffentlichen kann, und sie fragt nach einem Einmalcode. Geben Sie einen Code, den Sie erhalten haben, nie in eine geteilte Datei, ein Formular oder eine Website ein.',
  'reason.shared-content-question':
    'Eine Frage in diesem Formular ({product}) fragt nach einem Kennwort, einem Code oder Ihren Anmeldedaten. Wer das Formular erstellt hat, bekäme sie: Microsoft fragt nie in einem Formular danach.',
  'reason.shared-content-sign-in-copy':
    'Diese Seite auf {site} sieht aus wie die Anmeldeseite von Microsoft, aber jemand mit einem Microsoft-Konto hat sie auf {product} veröffentlicht, nicht Microsoft.',
  'reason.opened-from-shared-content':
    'Sie haben diese Seite aus einer geteilten Datei oder Seite auf {source} geöffnet. Eine geteilte Datei, die Sie zu einer Anmeldeseite weiterschickt, ist ein klassischer Trick.',
  'reason.opened-from-webmail':
    'Sie haben diese Seite aus Ihren E-Mails ({source}) geöffnet. Ein Link in einer E-Mail, der zu einer Seite führt, die eine Anmeldung verlangt, ist der häufigste Beginn von Phishing.',
  'reason.imitates-organisation-sign-in':
    'Diese Seite sieht aus wie die Anmeldeseite Ihrer Organisation ({org}), liegt aber auf {site}, nicht auf der Adresse, zu der Microsoft Sie geschickt hat.',
  'shared-content.notice':
    'Jemand mit einem Microsoft-Konto hat dies auf {product} veröffentlicht, nicht Microsoft.',
  'shared-content.trick':
    'Eine Datei, die verlangt, dass Sie sich erneut anmelden, um sie anzusehen, ist ein klassischer Trick: Schickt diese Seite Sie zu einer Anmeldeseite oder fragt nach Ihrem Kennwort, schließen Sie sie.',
  'org-sign-in.reached':
    'Die Anmeldeseite Ihrer Organisation ({organisation}), von Microsoft aus erreicht.',
  'org-sign-in.listed':
    'Die Anmeldeseite Ihrer Organisation ({organisation}), wie Ihre Organisation sie angibt.',
});
