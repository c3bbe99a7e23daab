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
    'Les adresses Outlook.com, Hotmail, Live et MSN sont déjà des comptes Microsoft. Tout comme l’adresse que vous utilisez pour OneDrive, Skype, Xbox ou Office. Connectez-vous avec plutôt que de créer un deuxième compte.',
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
  'sign-up.step.password.label': 'Créer un mot de passe robuste',
  'sign-up.step.password.detail':
    'Faites-le long : 12 caractères ou plus, par exemple quelques mots sans rapport entre eux. Utilisez-le pour ce compte uniquement.',
  'sign-up.step.phone.label': 'Ajouter votre numéro de téléphone',
  'sign-up.step.phone.detail':
    'Il protège le compte, et Microsoft peut vous envoyer un code par SMS si vous oubliez votre mot de passe.',
  'sign-up.step.birth-date.label': 'Indiquer votre vraie date de naissance',
  'sign-up.step.birth-date.detail':
    'Microsoft peut la demander pour s’assurer que le compte est bien à vous quand vous le récupérez. Une date inventée peut vous bloquer plus tard.',
  'sign-up.step.verification.label': 'Saisir le code de vérification',
  'sign-up.step.verification.detail':
    'Microsoft affiche ou envoie un code, ou une petite énigme, pour vérifier qu’une personne s’inscrit. Saisissez-le exactement comme indiqué.',
  'sign-up.step.confirmation-email.label': 'Confirmer votre adresse e-mail',
  'sign-up.step.confirmation-email.detail':
    'Microsoft envoie un message à l’adresse indiquée. Ouvrez-le et suivez son lien pour confirmer que l’adresse est bien à vous.',

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
    'Saisissez le code affiché par votre télévision, votre console, votre téléphone ou votre application. Ne le faites que pour un appareil que vous configurez vous-même, maintenant : si quelqu’un d’autre vous a envoyé un code, il essaie peut-être d’entrer dans votre compte.',
});
