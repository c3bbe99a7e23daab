import { translation } from '../../catalog';
import type { ACCOUNTS_EN } from './en';

export const ACCOUNTS_FR = translation<typeof ACCOUNTS_EN>()({
  'address.empty': 'Saisissez une adresse e-mail ou un numéro de téléphone.',
  'address.missing-at':
    'Une adresse e-mail a besoin d’un @ entre le nom et le domaine, comme jane@outlook.com.',
  'address.missing-at.domain-only':
    'Cela ressemble seulement à la fin d’une adresse. Ajoutez votre nom et un @ devant, comme jane@{domain}.',
  'address.quoted-local-part':
    'Cette adresse contient des guillemets avant le @. C’est rare, et les comptes Microsoft ne l’acceptent pas.',
  'address.contains-space':
    'Une adresse e-mail ne peut pas contenir d’espace. Vérifiez s’il y a un espace avant ou après le @.',
  'address.multiple-at': 'Il y a plus d’un @. Une adresse e-mail en a exactement un.',
  'address.empty-local-part': 'La partie avant le @ manque, comme « jane » dans jane@outlook.com.',
  'address.empty-domain':
    'La partie après le @ manque, comme « outlook.com » dans jane@outlook.com.',
  'address.address-too-long':
    'Cette adresse est trop longue. Une adresse e-mail compte au plus 254 caractères.',
  'address.local-non-ascii':
    'La partie avant le @ contient des lettres accentuées ou non latines. La connexion Microsoft n’y accepte que des lettres simples, des chiffres et quelques symboles.',
  'address.local-bad-character': 'La partie avant le @ ne peut pas contenir {character}.',
  'address.domain-bad-character': 'La partie après le @ ne peut pas contenir {character}.',
  'address.character.quotes': 'de guillemets',
  'address.character.control': 'de caractères de contrôle invisibles',
  'address.character.other': 'le caractère « {character} »',
  'address.local-leading-dot': 'La partie avant le @ ne peut pas commencer par un point.',
  'address.local-trailing-dot':
    'La partie avant le @ ne peut pas se terminer par un point. Y a-t-il un point en trop juste avant le @ ?',
  'address.local-double-dot':
    'La partie avant le @ contient deux points à la suite. Il ne devrait y en avoir qu’un.',
  'address.local-too-long':
    'La partie avant le @ est trop longue : elle compte au plus 64 caractères.',
  'address.domain-ip-address':
    'La partie après le @ est une adresse réseau. Un compte Microsoft a besoin d’un nom de domaine comme outlook.com.',
  'address.domain-invalid-idn':
    'La partie après le @ contient des lettres impossibles dans un nom de domaine.',
  'address.domain-too-long':
    'La partie après le @ est trop longue : un nom de domaine compte au plus 253 caractères.',
  'address.label-too-long':
    'Un morceau du domaine, entre deux points, dépasse les 63 caractères autorisés.',
  'address.label-hyphen':
    'Un morceau du domaine commence ou se termine par un trait d’union, ce que les noms de domaine n’autorisent pas.',
  'address.domain-bad-ending':
    'Le domaine ne peut pas se terminer par « .{ending} ». Il devrait se terminer par exemple par .com ou .fr.',
  'address.domain-leading-dot': 'La partie après le @ ne peut pas commencer par un point.',
  'address.domain-trailing-dot': 'L’adresse ne peut pas se terminer par un point.',
  'address.domain-double-dot':
    'La partie après le @ contient deux points à la suite. Il ne devrait y en avoir qu’un.',
  'address.domain-missing-dot':
    'La partie après le @ a besoin d’un point, comme outlook.com ou exemple.fr.',
  'address.phone-too-short':
    'Cela ressemble à un numéro de téléphone, mais il est trop court. Vérifiez qu’il ne manque pas de chiffres.',
  'address.phone-too-long':
    'Cela ressemble à un numéro de téléphone, mais il a trop de chiffres. Un numéro en compte au plus 15.',

  'account.reason.phone-sign-in':
    'Un numéro de téléphone peut être l’identifiant d’un compte Microsoft, souvent d’un compte créé sur un téléphone ou, autrefois, pour Skype. Le numéro seul ne dit pas si c’est le cas.',
  'account.reason.phone-no-country-code':
    'Ajoutez votre indicatif pays au début, comme +33 ou +32, pour qu’il corresponde à ce que Microsoft a enregistré.',
  'account.reason.consumer-domain':
    'Toute adresse en @{domain} est un compte Microsoft personnel. Si cette adresse est à vous, vous en avez déjà un.',
  'account.reason.plus-alias': 'La partie après le + est un alias. Le compte lui-même est {base}.',
  'account.reason.tenant-domain':
    'Les adresses qui se terminent par .{suffix} sont créées par une organisation pour ses comptes professionnels ou scolaires.',
  'account.reason.tenant-domain-incomplete':
    'Les adresses professionnelles ou scolaires ressemblent à nom@votreorganisation.{domain}. Il manque ici le nom de l’organisation.',
  'account.reason.any-address':
    'Une adresse en @{domain} peut être un compte personnel, un compte professionnel ou scolaire, ou pas encore un compte Microsoft. Toute adresse e-mail peut en devenir un.',
  'account.reason.other-provider':
    'Une adresse @{domain} ne peut pas être un compte professionnel ou scolaire, mais elle peut être un compte Microsoft personnel : toute adresse e-mail peut en devenir un.',
  'account.reason.microsoft-subdomain':
    '{domain} fait partie du site web de Microsoft, ce n’est pas un domaine de messagerie. Les adresses de messagerie de Microsoft se terminent simplement par @{parent}.',
  'account.reason.lookalike-domain':
    '{domain} ressemble seulement à {imitated}. C’est un autre domaine, pas une adresse Microsoft.',
  'account.reason.possible-typo':
    '{domain} n’est pas une adresse Microsoft. Vouliez-vous dire {suggestion} ?',
  'account.reason.unlisted-microsoft-name':
    '{domain} ne figure pas dans notre liste des domaines de messagerie de Microsoft, même si le nom y ressemble. Si c’est vraiment votre adresse, essayez de vous connecter avec.',

  'account.reason.in-your-accounts.personal':
    'Cette adresse figure dans votre liste de comptes, comme compte personnel.',
  'account.reason.in-your-accounts.work-school':
    'Cette adresse figure dans votre liste de comptes, comme compte professionnel ou scolaire.',
  'account.reason.in-your-accounts.both':
    'Cette adresse figure dans votre liste de comptes, à la fois comme compte personnel et comme compte professionnel ou scolaire.',
  'account.reason.in-your-accounts': 'Cette adresse figure dans votre liste de comptes.',
  'account.reason.seen-signing-in':
    'Vous avez déjà saisi cette adresse sur une vraie page de connexion Microsoft : c’est donc probablement un compte Microsoft.',
  'account.reason.no-hints':
    'Rien de ce que vous nous avez dit n’indique un compte Microsoft pour cette adresse. Toute adresse peut en devenir un, une vérification rapide reste donc utile.',
  'account.reason.used':
    'Vous avez utilisé {service}. Si vous y avez utilisé cette adresse, c’est déjà un compte Microsoft. {where}',

  'question.outlook-hotmail.service': 'Outlook.com ou Hotmail',
  'question.outlook-hotmail':
    'Avez-vous déjà eu une adresse e-mail Outlook.com, Hotmail, Live ou MSN ?',
  'question.outlook-hotmail.where':
    'Cette adresse e-mail est elle-même votre compte Microsoft. Cherchez-la dans vos contacts, vos anciens messages ou sur un téléphone configuré avec.',
  'question.onedrive.service': 'OneDrive',
  'question.onedrive': 'Avez-vous enregistré des fichiers dans OneDrive ?',
  'question.onedrive.where':
    'Ouvrez l’application OneDrive, puis Paramètres, puis Compte : l’adresse affichée est celle que vous avez utilisée.',
  'question.skype.service': 'Skype',
  'question.skype': 'Avez-vous utilisé Skype autrefois (avant sa fermeture en mai 2025) ?',
  'question.skype.where':
    'Skype affichait votre adresse de connexion dans votre profil. Si vous vous connectiez avec un pseudo Skype, celui-ci était lui aussi lié à un compte Microsoft.',
  'question.xbox.service': 'Xbox',
  'question.xbox': 'Avez-vous joué sur une Xbox ou avec Xbox sur un PC ?',
  'question.xbox.where':
    'Sur la console, ouvrez Paramètres, puis Compte : votre adresse de connexion y est affichée.',
  'question.windows-phone.service': 'Windows Phone',
  'question.windows-phone': 'Avez-vous eu un Windows Phone ?',
  'question.windows-phone.where':
    'Sur le téléphone, ouvrez Paramètres, puis E-mail + comptes : le compte Microsoft y figure.',
  'question.office.service': 'Office ou Microsoft 365',
  'question.office':
    'Vous êtes-vous connecté à Office ou à Microsoft 365, chez vous, au travail ou à l’école ?',
  'question.office.where':
    'Dans une application Office comme Word, ouvrez Fichier, puis Compte : l’adresse avec laquelle vous êtes connecté y est affichée.',
  'question.windows-sign-in.service': 'Windows',
  'question.windows-sign-in':
    'Vous connectez-vous à un ordinateur Windows avec une adresse e-mail ?',
  'question.windows-sign-in.where':
    'Sur l’ordinateur, ouvrez Paramètres, puis Comptes, puis Vos informations : l’adresse figure sous votre nom.',

  'lookup.timeout': 'Microsoft a mis trop de temps à répondre. Réessayez dans un instant.',
  'lookup.timeout.reason': 'Pas de réponse en {seconds} secondes.',
  'lookup.network':
    'Nous n’avons pas pu joindre Microsoft. Vérifiez que vous êtes en ligne, puis réessayez.',
  'lookup.network.reason': 'La demande n’a pas abouti.',
  'lookup.throttled':
    'Microsoft nous a demandé de ralentir. Attendez quelques minutes avant de vérifier à nouveau.',
  'lookup.throttled.http-429': 'Microsoft a répondu « trop de demandes ».',
  'lookup.throttled.status': 'Microsoft a indiqué limiter les vérifications en ce moment.',
  'lookup.exists-both':
    'Cette adresse a deux comptes Microsoft : un compte personnel et un compte professionnel ou scolaire.',
  'lookup.exists-both.reason':
    'Microsoft connaît cette adresse à la fois pour la connexion personnelle et pour la connexion professionnelle ou scolaire.',
  'lookup.not-found':
    'Microsoft ne connaît pas cette adresse comme identifiant. Vous avez peut-être utilisé une autre adresse ou votre numéro de téléphone – ou vous pouvez faire de celle-ci un compte Microsoft.',
  'lookup.not-found.reason': 'Selon Microsoft, aucun compte n’utilise cette adresse.',
  'lookup.unknown': 'La réponse de Microsoft ne dit ni oui ni non. Réessayez plus tard.',
  'lookup.unknown.missing': 'La réponse ne contenait aucun résultat sur le compte.',
  'lookup.unknown.code':
    'La réponse contenait un code de résultat ({code}) que nous ne lisons ni comme un oui ni comme un non.',
  'lookup.exists-personal':
    'Bonne nouvelle : cette adresse est déjà un compte Microsoft personnel.',
  'lookup.exists-personal.reason': 'Microsoft connaît cette adresse comme compte personnel.',
  'lookup.exists-work-school':
    'Cette adresse est déjà un compte professionnel ou scolaire, géré par une organisation.',
  'lookup.exists-work-school.reason':
    'Microsoft connaît cette adresse comme compte professionnel ou scolaire.',
  'lookup.federated': 'L’organisation vous connecte sur sa propre page, à l’adresse {host}.',
  'lookup.unmanaged-organisation':
    'Ce compte professionnel a été créé par une inscription avec une adresse professionnelle, et non par un service informatique.',
  'lookup.http.server':
    'La vérification de Microsoft rencontre des difficultés en ce moment. Réessayez dans quelques minutes.',
  'lookup.http.refused': 'Microsoft a refusé la vérification. Réessayez plus tard.',
  'lookup.http.reason': 'Microsoft a répondu par l’erreur {status}.',
  'lookup.malformed': 'La réponse de Microsoft n’avait pas de sens pour nous. Réessayez plus tard.',
  'lookup.malformed.empty': 'La réponse était vide.',
  'lookup.malformed.json': 'La réponse n’était pas du JSON valide.',
  'lookup.malformed.shape': 'La réponse n’avait pas la forme attendue.',

  'lookup.refused.phone-number':
    'Microsoft ne peut être interrogé que sur des adresses e-mail. Pour vérifier un numéro de téléphone, essayez de vous connecter avec.',
  'lookup.refused.lookups-off':
    'Interroger Microsoft est désactivé dans les paramètres d’Account Helper.',
  'lookup.refused.by-organisation':
    'Votre organisation a désactivé l’interrogation de Microsoft sur les adresses.',
  'lookup.refused.rate-limited':
    'Vous avez demandé plusieurs fois en peu de temps. Par égard pour Microsoft, attendez {wait}, puis réessayez.',
  'wait.seconds.one': '{count} seconde',
  'wait.seconds.other': '{count} secondes',
  'wait.minute': 'une minute',
  'wait.minutes': '{count} minutes',
});
