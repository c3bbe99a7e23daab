import { readableText } from './page-text';

/**
 * The words the page model looks for, in the languages Microsoft's own sign-in pages speak most
 * (English, German, French, Spanish, Portuguese, Italian, Dutch): Microsoft's own wording, then
 * the words of the kinds of imitation it names. Matched on `readableText`, so accents and case
 * don't matter. Sources: Microsoft's sign-in pages in each language (login.live.com,
 * login.microsoftonline.com, Outlook Web App) and the phishing kits studied for the corpus.
 */

const read = (list: readonly string[]): readonly string[] => list.map(readableText);

/**
 * Wording only Microsoft's sign-in flow uses, and that names Microsoft's world by itself (Skype,
 * "work or school account"): one such phrase is a Microsoft sign.
 */
export const MICROSOFT_ONLY_PHRASES = read([
  'email, phone, or skype',
  'work or school account',
  'approve sign in request',
  'do this to reduce the number of times you are asked to sign in',
  'sign in to your microsoft account',
  "because you're accessing sensitive info",
  'your account or password is incorrect',
  "that microsoft account doesn't exist",
  // The older Microsoft account page's label and its help link, side by side.
  "microsoft account what's this?",
  // de
  'e-mail, telefon oder skype',
  'geschafts-, schul- oder unikonto',
  'beim microsoft-konto anmelden',
  'microsoft-konto was ist das?',
  // fr
  'e-mail, telephone ou skype',
  'compte professionnel ou scolaire',
  "compte microsoft qu'est-ce que c'est ?",
  // es
  'correo electronico, telefono o skype',
  'cuenta profesional o educativa',
  'cuenta microsoft ¿que es esto?',
  // pt
  'email, telefone ou skype',
  'conta corporativa ou de estudante',
  // it
  'posta elettronica, telefono o skype',
  "account aziendale o dell'istituto di istruzione",
  // nl
  'e-mail, telefoon of skype',
  'werk- of schoolaccount',
]);

/**
 * Microsoft's sign-in wording that other sites' forms use too ("No account? Create one!", and in
 * French "Pas de compte ? Créez-en un" is simply how a login says it): it weighs beside other
 * signs, and three of them together are a sign.
 */
const MICROSOFT_FLOW_COMMON_PHRASES = read([
  'stay signed in?',
  "can't access your account?",
  'no account? create one',
  'sign-in options',
  // Microsoft's newer pages' name for the same link, and their line under the form.
  'other ways to sign in',
  "use private browsing if this isn't your device",
  'use private browsing if this is not your device',
  'pick an account',
  'use your password instead',
  "don't show this again",
  'get back into your account',
  'verify your email to proceed',
  'enter the password for',
  // de
  'angemeldet bleiben?',
  'sie konnen nicht auf ihr konto zugreifen?',
  'kein konto? erstellen sie jetzt eins',
  'anmeldeoptionen',
  'konto auswahlen',
  // fr
  'rester connecte ?',
  'vous ne pouvez pas acceder a votre compte ?',
  'pas de compte ? creez-en un',
  'aucun compte ? creez-en un',
  'options de connexion',
  'choisir un compte',
  // es
  'quieres mantener la sesion iniciada?',
  'mantener la sesion iniciada?',
  'no puede acceder a su cuenta?',
  'no tiene una cuenta? cree una',
  'opciones de inicio de sesion',
  'elegir una cuenta',
  // pt
  'continuar conectado?',
  'manter sessao iniciada?',
  'nao consegue acessar sua conta?',
  'nao consegue aceder a sua conta?',
  'nao tem uma conta? crie uma',
  'opcoes de entrada',
  'opcoes de inicio de sessao',
  'escolher uma conta',
  // it
  'rimanere connessi?',
  'non riesci ad accedere al tuo account?',
  'nessun account? creane uno',
  'opzioni di accesso',
  'scegli un account',
  // nl
  'aangemeld blijven?',
  'hebt u geen toegang tot uw account?',
  'geen account? maak er een',
  'aanmeldingsopties',
  'een account kiezen',
]);

/**
 * The two links at the foot of Microsoft's sign-in pages, "Terms of use" and "Privacy & cookies",
 * in each language: many sites have both, so they only ever make up a third phrase of Microsoft's
 * flow wording (a French copy whose only words are "Aucun compte ? Créez-en un !", "Options de
 * connexion" and that footer).
 */
export const MICROSOFT_FOOTER_PAIRS: readonly (readonly [string, string])[] = (
  [
    ['terms of use', 'privacy & cookies'],
    ['nutzungsbedingungen', 'datenschutz & cookies'],
    ['nutzungsbedingungen', 'datenschutz und cookies'],
    ["conditions d'utilisation", 'confidentialite et cookies'],
    ['terminos de uso', 'privacidad y cookies'],
    ['termos de uso', 'privacidade e cookies'],
    ['termos de utilizacao', 'privacidade e cookies'],
    ["condizioni per l'utilizzo", 'privacy e cookie'],
    ['gebruiksvoorwaarden', 'privacy en cookies'],
  ] as const
).map(([terms, privacy]) => [readableText(terms), readableText(privacy)] as const);

/** All of Microsoft's sign-in flow wording: each phrase weighs on its own. */
export const MICROSOFT_FLOW_PHRASES = [...MICROSOFT_ONLY_PHRASES, ...MICROSOFT_FLOW_COMMON_PHRASES];

/** "Microsoft account" in each language: names the brand by itself. */
export const MICROSOFT_ACCOUNT_PHRASES = read([
  'microsoft account',
  'microsoft-konto',
  'compte microsoft',
  'cuenta de microsoft',
  'cuenta microsoft',
  'conta microsoft',
  'conta da microsoft',
  'account microsoft',
  'microsoft-account',
  // Kits come in more languages than Microsoft's seven main ones: Polish, Turkish, Russian.
  'konto microsoft',
  'microsoft hesabi',
  'учетная запись microsoft',
  'учетная запись майкрософт',
]);

/** Any sign-in page may say these; they only count beside Microsoft's name. */
export const SIGN_IN_PHRASES = read([
  'sign in',
  'login',
  'log in',
  'sign in to continue',
  'enter your email',
  'email address',
  'enter password',
  'enter your password',
  'forgot my password',
  'forgot password',
  'forgot your password',
  'keep me signed in',
  // Microsoft says "to continue to Outlook", but so do other identity providers in front of it.
  'to continue to outlook',
  'to continue to microsoft',
  'to continue to office',
  'to continue to onedrive',
  'to continue to sharepoint',
  'to continue to exchange',
  'anmelden',
  'kennwort eingeben',
  'kennwort vergessen',
  'passwort vergessen',
  'angemeldet bleiben',
  'se connecter',
  'connexion',
  'entrer le mot de passe',
  'entrez le mot de passe',
  'mot de passe oublie',
  'iniciar sesion',
  'escribir contrasena',
  'escriba la contrasena',
  'olvido su contrasena',
  'olvide mi contrasena',
  'he olvidado mi contrasena',
  'entrar',
  'inserir senha',
  'digite a senha',
  'introduzir palavra-passe',
  'esqueci minha senha',
  'esqueci a senha',
  'esqueceu a palavra-passe',
  'accedi',
  'immettere la password',
  'immetti la password',
  'password dimenticata',
  'aanmelden',
  'wachtwoord invoeren',
  'voer het wachtwoord in',
  'wachtwoord vergeten',
  // "Keep me signed in", Microsoft's checkbox, in each language.
  'maintenir la connexion',
  'mantener la sesion iniciada',
  'manter-me conectado',
  'manter sessao iniciada',
  "mantieni l'accesso",
  'aangemeld blijven',
  // pl, tr, ru: "Sign in", "Forgot password?", "Enter password".
  'zaloguj sie',
  'nie pamiętasz hasła?',
  'wprowadź hasło',
  'oturum ac',
  'oturum acin',
  'parolanizi mi unuttunuz?',
  'parola girin',
  'вход',
  'войти',
  'забыли пароль?',
  'введите пароль',
]);

/** Outlook Web App's logon page, classic and new. */
export const OWA_PHRASES = read([
  'outlook web app',
  'outlook web access',
  'outlook on the web',
  'domain\\user name',
  'domain\\username',
  'dominio\\nombre de usuario',
  "domaine\\nom d'utilisateur",
  'domane\\benutzername',
  'domain\\benutzername',
  'dominio\\nome utente',
  'dominio\\nome de usuario',
  'domein\\gebruikersnaam',
  'this is a public or shared computer',
  'this is a private computer',
  'use the light version of outlook',
  'connected to microsoft exchange',
]);

/** A document someone "shared" that you must sign in to see. */
export const LURE_PHRASES = read([
  'shared a file with you',
  'shared a document with you',
  'shared a folder with you',
  'has shared a file',
  'has shared a document',
  'shared with you',
  'sign in to view',
  'login to view',
  'log in to view',
  'sign in to access',
  'to view the document',
  'to view this document',
  'to view the file',
  'to view this file',
  'to access the document',
  'to access this document',
  'to access the file',
  'to access the shared',
  'to access files',
  'to access the files',
  'to view files',
  'to view the files',
  'to download files',
  'to download the files',
  'to read the document',
  'to download the document',
  'to download this file',
  'to download the pdf',
  'to view the pdf',
  'to access the pdf',
  'to view the invoice',
  'to download the invoice',
  'view document',
  'view the document',
  'access document',
  'intended recipient',
  'download document',
  'open document',
  'secure document',
  'protected document',
  'document is protected',
  'file is protected',
  'encrypted document',
  'validate your sharing link',
  'sharing link validation',
  'received a secure link',
  'shared this link with you',
  'this document was shared to',
  'this file was shared to',
  'secure link to',
  'verify your identity to view',
  'verify your email to access',
  'confirm your email to view',
  'recipient verification',
  'you have received a document',
  'you have received a file',
  'has sent you a file',
  'has sent you a document',
  'pending documents',
  'review document',
  "receiver's email",
  "recipient's email",
  'hat eine datei fur sie freigegeben',
  'a partage un fichier avec vous',
  'compartio un archivo con usted',
  'compartilhou um arquivo com voce',
  'ha condiviso un file con te',
  'heeft een bestand met u gedeeld',
]);

/**
 * A provider chooser: a button per mail provider, each opening the same sign-in pop-up. A mail
 * app's own setup may speak so too, so these are a lure's words only beside a document or file.
 */
export const CHOOSER_PHRASES = read([
  'select your email provider',
  'choose your email provider',
  'choose your e-mail provider',
  'select with email provider',
  'click on your email provider',
  'login with other mail',
  'login with other email',
  'sign in with other mail',
]);
/**
 * Mail services a provider chooser offers as ways to open a "shared document" ("Login with Office
 * 365", "Outlook", "Yahoo", "Other Mail"): sign-in choices no real document service gives, since
 * one signs in to the service that shares, not to one's mailbox.
 */
export const MAIL_PROVIDER =
  /\b(?:office ?365|microsoft ?365|outlook|hotmail|gmail|yahoo|aol|other (?:e-?)?mail)\b/g;
export const MICROSOFT_MAIL_PROVIDER = /^(?:office ?365|microsoft ?365|outlook|hotmail)$/;
/**
 * What a real page that lists mail providers is for: an app connecting or importing a mailbox,
 * its calendar or contacts, or a help page on setting up mail. A kit's chooser only opens a file.
 */
export const MAILBOX_SETUP =
  /\b(?:connect|connecting|sync|synchroni[sz]e|import|integrations?|calendars?|contacts|set ?up|add (?:an |your )?(?:email )?account)\b/;
export const DOCUMENT_WORD = /\b(?:document|documents|file|files|pdf|invoice|shared)\b/;

/** Account alerts that hurry people into typing their password. */
export const ALERT_PHRASES = read([
  'session expired',
  'session has expired',
  'session timed out',
  'session has timed out',
  'verify your account',
  'verify your identity',
  'confirm your identity',
  'confirm your password',
  're-enter your password',
  'reenter your password',
  'mailbox is full',
  'mailbox full',
  'mailbox storage',
  'mailbox quota',
  'storage is full',
  'storage limit',
  'password expires today',
  'password will expire',
  'password has expired',
  'password expired',
  'keep same password',
  'keep current password',
  'revalidate',
  're-validate',
  'account will be suspended',
  'account will be deactivated',
  'account will be closed',
  'deactivation request',
  'email upgrade',
  'pending messages',
  'incoming messages',
  'undelivered messages',
  'new voicemail',
  'unread messages',
  'voice message',
  'to listen to the message',
  'to listen to your message',
  'missed call',
  'new fax',
  'sitzung abgelaufen',
  'postfach ist voll',
  'kennwort lauft heute ab',
  'session expiree',
  'boite aux lettres pleine',
  'sesion caducada',
  'sesion expirada',
  'buzon lleno',
  'sessao expirada',
  'caixa de correio cheia',
  'sessione scaduta',
  'sessie verlopen',
]);

/** Newsletter, comment, contact and search forms: an email box there is not a sign-in. */
export const NOT_SIGN_IN_PHRASES = read([
  'newsletter',
  'subscribe',
  'unsubscribe',
  'abonnieren',
  "s'abonner",
  'abonnez-vous',
  'suscribete',
  'suscribirse',
  'assine',
  'inscreva-se',
  'iscriviti',
  'aanmelden voor de nieuwsbrief',
  'leave a comment',
  'leave a reply',
  'post comment',
  'contact us',
  'send message',
]);

/**
 * Names of Microsoft's services a page may claim to be. "Windows" only as Windows Live or in
 * "Windows sign in" (a screenshot kit's title): alone it is a house's windows too.
 */
export const MICROSOFT_NAME =
  /\bwindows(?= live\b| sign[ -]?in\b| log[ -]?in\b)|\bmicrosoft\b|\boffice ?365\b|\bmicrosoft ?365\b|\bo365\b|\bm365\b|\boutlook\b|\bonedrive\b|\bone drive\b|\bshare ?point\b|\bhotmail\b|\bskype\b|\bxbox\b|\bmicrosoftonline\b|\bazure ad\b|\bentra id\b|\bexchange online\b|\bmicrosoft exchange\b/;
/** Office's document apps: they name Microsoft on a document lure. */
export const OFFICE_APP_NAME = /\bexcel\b|\bword online\b|\bpowerpoint\b|\bonenote\b|\boffice\b/;
/** Other brands phishing kits imitate: a page about them isn't pretending to be Microsoft. */
export const OTHER_BRAND_NAME =
  /\bgoogle\b|\bgmail\b|\bapple\b|\bicloud\b|\bpaypal\b|\bamazon\b|\bnetflix\b|\bfacebook\b|\binstagram\b|\byahoo\b|\baol\b|\bdropbox\b|\badobe\b|\bdocusign\b|\bdhl\b|\bfedex\b|\bups\b|\busps\b|\bwells fargo\b|\bchase\b|\bcoinbase\b|\bbinance\b|\bmetamask\b|\bzimbra\b|\broundcube\b|\bsogo\b|\bhorde\b|\bcpanel\b|\bwebmail\b|\bsteam\b|\bspotify\b|\bokta\b|\bduo\b|\bonelogin\b|\bping identity\b|\bpingfederate\b|\bauth0\b|\bkeycloak\b|\bshibboleth\b/g;
/** "Sign in with Microsoft" and its kin: the page uses Microsoft, it doesn't imitate it. */
export const SIGN_IN_WITH_MICROSOFT =
  /\buse another service to log in\b|\blog in using your account on\b|\b(?:sign|log)[ -]?(?:in|on|up) (?:with|using|via|through) (?:microsoft|office ?365|microsoft ?365|azure(?: ad| active directory)?|entra(?: id)?|outlook|live|hotmail)\b|\bcontinue with (?:microsoft|office ?365|azure|entra|outlook)\b|\b(?:mit|avec|con|com) (?:microsoft|office ?365|azure ad|entra id) (?:anmelden|fortfahren|se connecter|iniciar sesion|entrar)\b|\b(?:microsoft|office ?365|azure ad|entra id|azure|entra)(?: account)? (?:login|sign[ -]?in|sso)\b(?= button)|\b(?:microsoft|office ?365|microsoft ?365|azure(?: ad)?|entra(?: id)?) (?:saml|oauth2?|openid|oidc|sso|single sign-on)\b/;
/**
 * An organisation's own log-in saying its account is the same as the one for Microsoft's
 * services ("Use the same username and password as you would for Outlook or Office 365"): a
 * page that compares itself with Microsoft isn't pretending to be it.
 */
export const SAME_CREDENTIALS_AS_MICROSOFT =
  /\bsame (?:[a-z-]+ ){0,4}as (?:[a-z-]+ ){0,4}(?:outlook|office ?365|microsoft ?365|microsoft|office|exchange)\b/;
/**
 * Microsoft's sign-in hosts written out in the page as an address bar shows them: with https://
 * or a path after them (a sentence that names "outlook.office.com" is not an address bar).
 */
export const IDENTITY_HOST_TEXT =
  /(?:https:\/\/ ?(?:login\.microsoftonline\.com|login\.live\.com|login\.microsoft\.com|account\.live\.com)\b|\b(?:login\.microsoftonline\.com|login\.live\.com|login\.microsoft\.com|account\.live\.com) ?\/[\w.-]+)/;
