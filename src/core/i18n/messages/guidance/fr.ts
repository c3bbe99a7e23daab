import type { EN } from '../../../guidance/catalog';
import { translation } from '../../catalog';

export const GUIDANCE_FR = translation<typeof EN>()({
  'panel.toggle': 'Conseils d’Account Helper',
  'panel.region': 'Account Helper : {title}',

  'strength.heading': 'Robustesse du mot de passe',
  'strength.privacy':
    'Vérifiée sur cet appareil pendant la saisie. Account Helper ne conserve ni n’envoie jamais votre mot de passe.',
  'strength.level.empty': 'Rien de saisi pour l’instant',
  'strength.level.weak': 'Faible',
  'strength.level.fair': 'Moyen',
  'strength.level.good': 'Bon',
  'strength.level.strong': 'Robuste',
  'strength.rule':
    'Microsoft exige au moins 8 caractères, avec au moins deux de ces types : majuscules, minuscules, chiffres, symboles.',
  'strength.hint.microsoft-rule':
    'Microsoft ne l’acceptera pas encore : utilisez au moins deux de ces types : majuscules, minuscules, chiffres, symboles.',
  'strength.hint.type': 'Commencez à saisir un nouveau mot de passe pour voir s’il est robuste.',
  'strength.hint.too-short':
    'Trop court. Utilisez 12 caractères ou plus (Microsoft en demande au moins 8).',
  'strength.hint.common':
    'C’est l’un des mots de passe les plus utilisés, parmi les premiers essayés. Choisissez-en un autre.',
  'strength.hint.words':
    'Les mots et prénoms courants sont parmi les premiers devinés. Ajoutez d’autres mots sans rapport entre eux.',
  'strength.hint.sequence': 'Les suites comme abc, 1234 ou azerty sont faciles à deviner.',
  'strength.hint.repeat':
    'Les lettres ou motifs répétés apportent peu. Ajoutez plutôt des mots différents.',
  'strength.hint.dates': 'Les années et les dates sont faciles à deviner, surtout les vôtres.',
  'strength.hint.variety': 'Allongez-le, ou mélangez majuscules, chiffres et symboles.',
  'strength.hint.longer':
    'Presque. Quelques caractères de plus le rendent bien plus difficile à deviner.',
  'strength.hint.unique': 'Difficile à deviner. Utilisez-le pour ce compte uniquement.',

  'duplicate.title': 'Cette adresse est déjà un compte Microsoft',
  'duplicate.body':
    '{address} permet déjà de se connecter. Connectez-vous avec cette adresse, ou récupérez le compte si vous n’arrivez pas à vous connecter, plutôt que d’en créer un deuxième.',
  'duplicate.because.consumer-domain': 'Toute adresse de ce domaine est un compte Microsoft.',
  'duplicate.because.listed': 'Elle figure dans votre liste de comptes.',
  'duplicate.because.looked-up': 'Microsoft l’a confirmé quand vous l’avez vérifiée.',
  'duplicate.sign-in': 'Se connecter plutôt',
  'duplicate.recover': 'Récupérer ce compte',

  'accounts.heading': 'Vos comptes',
  'accounts.intro': 'Comptes que vous avez ajoutés dans Account Helper :',
  'accounts.none': 'Vous n’avez encore ajouté aucun compte dans Account Helper.',
  'accounts.device-toggle':
    'Je configure un téléphone ou un autre appareil (indique avec quel compte me connecter)',
  'accounts.device-warning':
    'Connectez-vous avec le compte que vous comptez garder sur cet appareil. En changer plus tard peut obliger à rétablir la configuration d’usine de l’appareil, ce qui efface les applications et fichiers non sauvegardés.',
  'accounts.check-button': 'Comparer l’adresse saisie ci-dessus à mes comptes',
  'accounts.check-empty':
    'Saisissez d’abord une adresse dans le champ de Microsoft, puis vérifiez-la.',
  'accounts.check-failed': 'Account Helper n’a pas pu vérifier l’adresse. Réessayez.',
  'accounts.answer.invalid': 'Ce n’est ni une adresse e-mail ni un numéro de téléphone.',
  'accounts.answer.phone':
    'Un numéro de téléphone peut servir à se connecter à un compte Microsoft personnel. Le numéro seul ne dit pas si c’est le cas de celui-ci.',
  'accounts.answer.listed': '{address} figure dans votre liste de comptes.',
  'accounts.answer.consumer-domain':
    '{address} est un compte Microsoft personnel : toute adresse en @{domain} en est un.',
  'accounts.answer.looked-up':
    'Quand vous avez vérifié {address} auprès de Microsoft, c’était un compte.',
  'accounts.answer.work-school':
    '{address} est un compte professionnel ou scolaire, créé par une organisation.',
  'accounts.answer.unknown':
    'L’adresse seule ne le dit pas. Toute adresse e-mail peut devenir un compte Microsoft ; la vérification de compte derrière le bouton Account Helper de la barre d’outils peut interroger Microsoft.',

  'review.heading': 'Tout est vérifié ?',
  'review.intro':
    'Dites-le à Account Helper, et il vous rappellera quand il sera temps de vérifier à nouveau.',
  'review.choose': 'Compte',
  'review.button': 'J’ai vérifié mes informations de récupération',
  'review.recorded': 'Noté pour {address} le {date}.',
  'review.not-listed':
    'Ce compte ne figure pas dans votre liste, rien n’a donc été noté. Ajoutez-le dans les options d’Account Helper pour recevoir des rappels.',
  'review.no-accounts':
    'Vous n’avez ajouté aucun compte, rien n’a donc été noté. Ajoutez les vôtres dans les options d’Account Helper pour recevoir des rappels.',
  'review.failed': 'Cela n’a pas fonctionné. Réessayez.',

  'sign-in.title': 'Connexion',
  'sign-in.which.heading': 'Choisissez le bon compte',
  'sign-in.which.p1':
    'Si vous avez plusieurs comptes Microsoft, vérifiez que c’est bien celui que vous voulez. Vos e-mails, fichiers et achats restent liés au compte avec lequel vous vous connectez.',
  'sign-in.trouble.heading': 'Impossible de vous connecter ?',
  'sign-in.trouble.p1':
    'Réinitialisez votre mot de passe plutôt que de créer un nouveau compte : un nouveau compte démarre vide, sans vos e-mails, fichiers ni achats.',
  'sign-in.trouble.link': 'Réinitialiser votre mot de passe',

  'sign-up.title': 'Création d’un compte',
  'sign-up.already.heading': 'Vous en avez peut-être déjà un',
  'sign-up.already.p1':
    'Les adresses Outlook.com, Hotmail, Live et MSN sont déjà des comptes Microsoft. Tout comme l’adresse que vous utilisez pour OneDrive, Xbox ou Office, et celle avec laquelle vous vous connectiez à Skype si vous l’avez utilisé avant sa fermeture. Connectez-vous avec elle plutôt que de créer un second compte.',
  'sign-up.coach.heading': 'Étapes',
  'sign-up.coach.fallback':
    'Account Helper ne sait pas quelle étape cette page affiche : les voici toutes.',
  'sign-up.coach.current': 'Étape en cours :',
  'sign-up.coach.done': 'Terminé :',
  'sign-up.step.email.label': 'Utiliser une adresse existante ou en obtenir une nouvelle',
  'sign-up.step.email.detail':
    'N’importe quelle adresse e-mail que vous utilisez déjà peut devenir votre compte Microsoft. Pour une nouvelle adresse Outlook.com ou Hotmail, choisissez « Obtenir une nouvelle adresse e-mail ».',
  'sign-up.step.username.label': 'Choisir votre nom d’utilisateur',
  'sign-up.step.username.detail':
    'Pour une nouvelle adresse, saisissez la partie avant le @ et choisissez @outlook.com ou @hotmail.com. Microsoft vous indique si le nom est déjà pris.',
  'sign-up.step.password.label': 'Créer un mot de passe (seulement si Microsoft le demande)',
  'sign-up.step.password.detail':
    'Faites-le long : 12 caractères ou plus, par exemple quelques mots sans rapport entre eux. Utilisez-le pour ce compte uniquement.',
  'sign-up.step.phone.label':
    'Ajouter votre numéro de téléphone (seulement si Microsoft le demande)',
  'sign-up.step.phone.detail':
    'Microsoft envoie parfois un code par SMS pour vérifier qu’une personne s’inscrit. Le numéro peut aussi devenir un moyen de récupérer le compte si vous en perdez l’accès.',

  'password-reset.title': 'Réinitialisation du mot de passe',
  'password-reset.ask.heading': 'Ce que Microsoft va demander',
  'password-reset.ask.personal':
    'D’abord l’adresse ou le numéro de téléphone avec lequel vous vous connectez. Microsoft envoie ensuite un code de sécurité à l’une des adresses e-mail ou à l’un des numéros liés au compte ; saisissez-le ici, puis choisissez un nouveau mot de passe.',
  'password-reset.ask.organisation':
    'Votre organisation décide comment vous prouvez votre identité : en général un code envoyé sur votre téléphone ou à une autre adresse e-mail, ou une demande dans votre application Authenticator.',
  'password-reset.no-access.heading': 'Aucun de ces moyens n’est disponible ?',
  'password-reset.no-access.personal':
    'Indiquez que vous n’en avez aucun, et Microsoft propose le formulaire de récupération. Remplissez-le sur un appareil et depuis un lieu où vous vous êtes déjà connecté, et donnez autant de détails passés que possible.',
  'password-reset.no-access.organisation':
    'Le support informatique ou l’administrateur de votre organisation peut réinitialiser votre mot de passe pour vous.',
  'password-reset.no-access.link': 'Ouvrir le formulaire de récupération',
  'password-reset.after.heading': 'Ensuite',
  'password-reset.after.p1':
    'Vérifiez vos informations de sécurité pour que la prochaine réinitialisation soit facile. Votre téléphone, vos applications de messagerie et vos autres appareils vous demanderont de vous reconnecter avec le nouveau mot de passe.',
  'password-reset.after.link': 'Vérifier vos informations de sécurité',

  'account-recovery.title': 'Récupération de votre compte',
  'account-recovery.form.heading': 'Remplir le formulaire de récupération',
  'account-recovery.form.p1':
    'Microsoft compare vos réponses à ce qu’il sait du compte. Utilisez un appareil, et soyez dans un lieu, où vous vous y êtes déjà connecté.',
  'account-recovery.form.p2':
    'Donnez tout ce dont vous vous souvenez : anciens mots de passe, noms et détails du compte, objets d’e-mails récents, adresses auxquelles vous avez écrit.',
  'account-recovery.contact.heading': 'Où arrive la réponse',
  'account-recovery.contact.p1':
    'Indiquez une adresse e-mail que vous pouvez consulter maintenant, pas celle que vous récupérez. Microsoft y enverra sa réponse.',
  'account-recovery.again.heading': 'Si cela ne fonctionne pas',
  'account-recovery.again.p1':
    'Vous pouvez remplir à nouveau le formulaire avec plus de détails. Une fois de retour dans votre compte, vérifiez vos informations de sécurité pour ne pas avoir besoin du formulaire la prochaine fois.',
  'account-recovery.again.link': 'Vérifier vos informations de sécurité',

  'security-info.title': 'Vos informations de sécurité',
  'security-info.two-step.heading': 'Vérification en deux étapes',
  'security-info.two-step.p1':
    'Quand elle est activée, la connexion demande votre mot de passe et une deuxième preuve : un code envoyé par SMS ou par e-mail, ou une demande dans une application d’authentification. Gardez au moins deux moyens à jour.',
  'security-info.devices.heading': 'Après un changement',
  'security-info.devices.p1':
    'Après un changement de mot de passe ou l’activation de la vérification en deux étapes, les téléphones, applications de messagerie et consoles peuvent vous demander de vous reconnecter. Une mise à jour du système peut aussi le demander, et envoyer un code au téléphone ou à l’adresse e-mail enregistrés.',
  'security-info.app-passwords.heading': 'Anciennes applications',
  'security-info.app-passwords.p1':
    'Certaines anciennes applications et certains anciens appareils ne savent pas demander de deuxième preuve. Avec la vérification en deux étapes, il leur faut un mot de passe d’application : un mot de passe que vous créez ici, pour cette application uniquement.',

  'account-home.title': 'Votre compte Microsoft',
  'account-home.which.heading': 'Est-ce le bon compte ?',
  'account-home.which.p1':
    'Vérifiez le nom et l’adresse affichés sur la page. Si ce n’est pas le compte voulu, déconnectez-vous et connectez-vous avec l’autre.',
  'account-home.current.heading': 'Gardez vos informations de récupération à jour',
  'account-home.current.p1':
    'Un numéro de téléphone à jour et une deuxième adresse e-mail sont le moyen le plus rapide de retrouver l’accès si vous oubliez votre mot de passe.',
  'account-home.current.link': 'Vérifier vos informations de sécurité',

  'sign-out.title': 'Déconnexion',
  'sign-out.shared.heading': 'Sur un ordinateur partagé',
  'sign-out.shared.p1':
    'Fermez toutes les fenêtres du navigateur quand vous avez terminé, pour que la personne suivante ne puisse pas revenir dans votre compte.',
  'sign-out.switch.heading': 'Mauvais compte utilisé ?',
  'sign-out.switch.p1':
    'Reconnectez-vous avec le compte que vous vouliez utiliser. Ce que vous avez enregistré entre-temps reste dans l’autre.',

  'device-code.title': 'Connexion d’un appareil',
  'device-code.code.heading': 'Le code de votre appareil',
  'device-code.code.p1':
    'Saisissez le code affiché par votre télévision, votre console, votre téléphone ou votre application. Les codes viennent uniquement d’un appareil ou d’une application que vous configurez vous-même, maintenant : si quelqu’un d’autre vous a envoyé un code, il essaie peut-être d’entrer dans votre compte.',

  'device-code.link.heading': 'Vous êtes arrivé ici par un lien',
  'device-code.link.p1':
    'L’appareil que vous configurez vous montre l’adresse de cette page à saisir : elle n’arrive pas sous forme de lien dans un e-mail, une conversation ou un document. Si quelqu’un vous a envoyé ce lien ou un code, ne le saisissez pas : fermez cette page.',
  'device-code.confirm.heading': 'Est-ce vous qui avez commencé ?',
  'device-code.confirm.named':
    'Microsoft demande si vous vous connectez à {app}. Ne continuez que si vous avez vous-même commencé à vous connecter à {app}, à l’instant, sur un appareil ou une application devant vous. Sinon, choisissez Annuler : sans quoi quelqu’un d’autre entre dans votre compte.',
  'device-code.confirm.unnamed':
    'Microsoft demande à quelle application vous vous connectez. Ne continuez que si vous avez vous-même commencé à vous connecter à cette application, à l’instant, sur un appareil ou une application devant vous. Sinon, choisissez Annuler : sans quoi quelqu’un d’autre entre dans votre compte.',

  'consent.title': 'Une application demande à utiliser votre compte',
  'consent.app.named': '{app} demande à utiliser votre compte Microsoft.',
  'consent.app.unnamed': 'Une application demande à utiliser votre compte Microsoft.',
  'consent.admin':
    'Il s’agit du consentement d’un administrateur : si vous acceptez, l’application obtient cet accès pour toute votre organisation, pas seulement pour vous.',
  'consent.publisher.verified':
    'Microsoft indique que son éditeur, {publisher}, est vérifié : Microsoft a contrôlé son identité.',
  'consent.publisher.unverified':
    'Microsoft indique que son éditeur n’est pas vérifié : personne n’a contrôlé qui l’a créée. Son nom et son logo sont ceux que son créateur a saisis.',
  'consent.publisher.unknown': 'La page de Microsoft n’indique pas que son éditeur est vérifié.',
  'consent.waiting':
    'Une fois que vous serez connecté, Microsoft vous demandera si cette application peut utiliser votre compte. Account Helper vous expliquera alors ici ce qu’elle demande.',
  'consent.permissions.heading': 'Si vous acceptez, elle pourra :',
  'consent.permissions.none':
    'Account Helper n’a pas pu lire les autorisations demandées. Lisez la liste de Microsoft avant d’accepter.',
  'consent.permissions.other': '{name} (selon les termes de Microsoft)',
  'consent.permission.sign-in': 'vous connecter à l’application',
  'consent.permission.profile':
    'voir votre profil de base : votre nom, votre adresse e-mail et votre photo',
  'consent.permission.email-address': 'voir votre adresse e-mail',
  'consent.permission.mail-read': 'lire vos e-mails',
  'consent.permission.mail-read-send': 'lire et envoyer vos e-mails',
  'consent.permission.mail-write': 'lire, modifier et supprimer vos e-mails',
  'consent.permission.mail-send': 'envoyer des e-mails en votre nom',
  'consent.permission.mailbox-full':
    'lire, envoyer et supprimer les e-mails de votre boîte aux lettres',
  'consent.permission.files-read': 'voir tous vos fichiers',
  'consent.permission.files-write': 'voir, modifier et supprimer tous vos fichiers',
  'consent.permission.contacts-read': 'voir vos contacts',
  'consent.permission.contacts-write': 'voir, modifier et supprimer vos contacts',
  'consent.permission.calendar-read': 'voir votre calendrier',
  'consent.permission.calendar-write': 'voir et modifier votre calendrier',
  'consent.permission.chat': 'lire vos conversations',
  'consent.permission.notes': 'lire vos blocs-notes OneNote',
  'consent.permission.people': 'voir les personnes avec qui vous travaillez et leurs profils',
  'consent.permission.directory':
    'lire l’annuaire de votre organisation : ses personnes, ses groupes et plus',
  'consent.permission.offline': 'garder cet accès quand vous n’utilisez pas l’application',
  'consent.warning.title': 'N’acceptez que si vous connaissez cette application',
  'consent.warning.body':
    'Une application dont personne n’a vérifié l’éditeur demande vos e-mails, vos fichiers, vos contacts ou un accès durable. Des escrocs envoient des liens vers cette page même : c’est la vraie page de Microsoft, et accepter leur donne vos données sans votre mot de passe.',
  'consent.warning.action':
    'Choisissez Annuler sur la page de Microsoft. Si vous avez déjà accepté une application de ce genre, retirez-lui l’accès :',
  'consent.calm':
    'Microsoft pose cette question la première fois que vous utilisez une application avec votre compte. Acceptez si vous vouliez utiliser cette application ; vous pourrez lui retirer l’accès plus tard.',
  'consent.remove.link': 'Voir et retirer les applications qui ont accès à votre compte',
  'consent.later.heading': 'Vous avez changé d’avis ?',
  'consent.later.p1':
    'Vous pouvez voir à tout moment les applications qui ont accès à votre compte, et retirer n’importe laquelle.',

  'sign-up.no-password.heading': 'Pas besoin de mot de passe',
  'sign-up.no-password.p1':
    'Les nouveaux comptes Microsoft n’ont pas besoin de mot de passe : vous confirmez votre adresse e-mail avec un code, puis Microsoft vous propose une clé d’accès. L’indicateur de robustesse d’Account Helper n’apparaît que si Microsoft vous demande de créer un mot de passe.',
  'sign-up.coach.skipped': 'Non demandé :',
  'sign-up.step.email-code.label': 'Saisir le code reçu par e-mail',
  'sign-up.step.email-code.detail':
    'Microsoft envoie un code à l’adresse indiquée pour vérifier qu’elle est bien à vous. Ouvrez cette boîte de réception et saisissez le code ici. Gardez cette adresse : c’est avec elle que vous vous connectez et que vous récupérez le compte.',
  'sign-up.step.name.label': 'Indiquer votre nom',
  'sign-up.step.name.detail':
    'Il apparaît dans les e-mails que vous envoyez et dans les applications de Microsoft. Vous pourrez le modifier plus tard.',
  'sign-up.step.details.label': 'Indiquer votre date de naissance et votre pays ou région',
  'sign-up.step.details.detail':
    'Indiquez votre vraie date de naissance : Microsoft peut la demander pour récupérer le compte, et elle décide si les règles des comptes enfants s’appliquent. Le pays ou la région détermine les règles et les services qui s’appliquent à vous.',
  'sign-up.step.puzzle.label': 'Montrer que vous êtes une personne',
  'sign-up.step.puzzle.detail':
    'Une petite énigme, ou un bouton à maintenir appuyé, empêche les robots de créer des comptes. Suivez ses indications ; son option d’accessibilité propose un défi audio à la place.',
  'sign-up.step.passkey.label': 'Créer une clé d’accès',
  'sign-up.step.passkey.detail':
    'Recommandé : créez-en une, et vous vous connecterez ensuite avec votre visage, votre empreinte digitale ou votre code PIN. « Ignorer pour l’instant » convient aussi : vous pourrez en ajouter une plus tard dans vos informations de sécurité.',
  'sign-up.step.stay-signed-in.label': 'Rester connecté ?',
  'sign-up.step.stay-signed-in.detail':
    'Choisissez « Oui » seulement sur votre propre appareil, que personne d’autre n’utilise. Sur un ordinateur partagé ou public, choisissez « Non ».',
  'passkey.what.heading': 'Ce qu’est une clé d’accès',
  'passkey.what.p1':
    'Une clé d’accès remplace un mot de passe. Vous la déverrouillez avec votre visage, votre empreinte digitale ou le code PIN de votre appareil : rien à retenir ni à saisir, et un site d’imitation ne peut pas vous la soutirer.',
  'passkey.where.p1':
    'Elle est conservée sur cet appareil (dans Windows Hello, par exemple), sur votre téléphone, ou dans un gestionnaire de mots de passe qui garde les clés d’accès sur tous vos appareils. Une clé d’accès conservée sur un seul appareil disparaît avec lui.',
  'passkey.second.heading': 'Garder un second moyen de connexion',
  'passkey.second.p1':
    'Ajoutez aussi un autre moyen : une clé d’accès sur un autre appareil, l’application Microsoft Authenticator, ou une adresse e-mail ou un numéro de téléphone de récupération. Avec un seul moyen, perdre ce téléphone ou cet ordinateur peut vous bloquer hors du compte.',
  'sign-in.device.heading': 'Vous configurez un PC, une console ou un téléphone ?',
  'sign-in.device.p1':
    'Connectez-vous avec le compte Microsoft que vous utilisez déjà, pour que vos fichiers, achats et jeux vous suivent. Windows propose aussi un compte local, qui reste sur ce seul PC. Un compte professionnel ou scolaire se place sur un appareil personnel sous « Accès Professionnel ou Scolaire », pas comme compte principal.',
  'sign-in.passkey.heading': 'Se connecter avec une clé d’accès',
  'sign-in.passkey.p1':
    'Votre navigateur demande votre visage, votre empreinte digitale, votre code PIN ou votre clé de sécurité. Si la clé d’accès est sur votre téléphone, choisissez l’option téléphone et scannez le code QR avec lui. Pas de clé d’accès ici ? Choisissez « Autres façons de se connecter ».',
  'sign-in.other-ways.heading': 'Autres façons de se connecter',
  'sign-in.other-ways.p1':
    'Microsoft affiche les moyens configurés pour ce compte : un code par e-mail ou SMS, l’application Authenticator, une clé d’accès ou un mot de passe. Choisissez-en un que vous pouvez utiliser tout de suite. Si aucun ne fonctionne, choisissez « Vous ne pouvez pas accéder à votre compte ? » plutôt que de créer un nouveau compte.',
  'sign-in.number.heading': 'Approuver dans l’application Authenticator',
  'sign-in.number.p1':
    'Saisissez le nombre affiché ici dans votre application Authenticator, puis approuvez la connexion dans l’application.',
  'sign-in.number.p2':
    'Si vous n’avez pas commencé de connexion, refusez-la dans l’application : quelqu’un connaît peut-être votre mot de passe. Changez-le ensuite et vérifiez vos méthodes de connexion.',
  'sign-in.code.heading': 'Saisir le code',
  'sign-in.code.p1':
    'Microsoft a envoyé un code à l’adresse e-mail, au téléphone ou à l’application indiqués. Saisissez-le seulement ici, sur la page de Microsoft : Microsoft n’appelle et n’écrit jamais pour vous le demander.',
  'sign-in.kmsi.heading': 'Rester connecté ?',
  'sign-in.kmsi.p1':
    '« Oui » vous garde connecté dans ce navigateur. Choisissez-le seulement sur votre propre appareil ; sur un ordinateur partagé ou public, choisissez « Non ».',
  'security-info.add-next.heading': 'Quoi ajouter ensuite',
  'security-info.add-next.p1':
    'Gardez au moins deux moyens de connexion qui ne dépendent pas du même appareil : une seconde clé d’accès (sur votre téléphone ou dans un gestionnaire de mots de passe) ou l’application Authenticator sur un autre appareil, et une adresse e-mail ou un numéro de téléphone de récupération que vous pouvez joindre.',
  'security-info.last-way.heading': 'C’est le seul moyen indiqué',
  'security-info.last-way.p1':
    'Le supprimer peut vous bloquer hors du compte. Ajoutez d’abord un autre moyen, vérifiez qu’il fonctionne, et supprimez celui-ci seulement ensuite.',
  'security-info.remove.heading': 'Avant de supprimer un moyen de connexion',
  'security-info.remove.p1':
    'Ajoutez d’abord le nouveau moyen et vérifiez qu’il fonctionne. Supprimer le dernier moyen que vous pouvez encore utiliser peut vous bloquer hors du compte.',
  'password-reset.new-password.heading': 'Choisir le nouveau mot de passe',
  'password-reset.new-password.p1':
    'Prenez-en un que vous n’avez jamais utilisé, ni ici ni ailleurs. Ou passez-vous de mot de passe : une fois de retour dans le compte, ajoutez une clé d’accès dans vos informations de sécurité et connectez-vous avec votre visage, votre empreinte digitale ou votre code PIN.',
});
