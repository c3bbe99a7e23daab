import { translation } from '../../catalog';
import type { OPTIONS_EN } from './en';

export const OPTIONS_FR = translation<typeof OPTIONS_EN>()({
  'options.title': 'Paramètres d’Account Helper',
  'options.visits.heading': 'Pages Microsoft que vous avez visitées',
  'options.loading': 'Chargement…',
  'options.visits.failed': 'Account Helper n’a pas pu ouvrir ses données : {error}',
  'options.visits.total.one': '{count} visite enregistrée sur cet appareil.',
  'options.visits.total.other': '{count} visites enregistrées sur cet appareil.',
  'options.footer':
    'Account Helper garde tout sur cet appareil. Il ne conserve ni n’envoie jamais vos mots de passe.',
  'options.my-data.failed': 'Account Helper n’a pas pu lire vos comptes et rappels : {error}',
  'options.my-data.loading': 'Chargement de vos comptes…',
  'options.change-failed': 'Cela n’a pas fonctionné : {error}',
  'options.saved': 'Enregistré.',
  'options.cancel': 'Annuler',

  'reminders-section.heading': 'Rappels',
  'reminders-section.none': 'Rien à faire pour l’instant.',
  'reminders-section.coming-up': 'À venir',
  'reminders-section.snoozed-until': 'reporté au {date}',

  'accounts.heading': 'Vos comptes',
  'accounts.intro':
    'Seuls les adresses e-mail, les numéros de téléphone et les dates sont conservés, sur cet appareil. Account Helper ne demande ni n’enregistre jamais de mot de passe.',
  'accounts.none': 'Aucun compte pour l’instant.',
  'accounts.add.heading': 'Ajouter un compte',
  'accounts.add.address': 'Adresse e-mail ou numéro de téléphone avec lequel vous vous connectez',
  'accounts.add.kind': 'Type de compte',
  'accounts.add.label': 'Nom (facultatif), par ex. « Famille » ou « Travail »',
  'accounts.add.button': 'Ajouter le compte',
  'accounts.added': '{address} ajoutée.',
  'accounts.added.phone': 'Numéro de téléphone {phone} ajouté.',
  'account.phone': 'Numéro de téléphone',

  'account.set-up.unknown': 'Pas encore indiqué',
  'account.set-up.nothing': 'Rien',
  'account.kind': 'Type',
  'account.set-up': 'Configuré',
  'account.reviewed': 'Informations de récupération vérifiées',
  'account.reviewed.never': 'Jamais',
  'account.next-review': 'Prochaine vérification',
  'account.every': '(tous les {interval})',
  'account.mark-reviewed': 'Vérifié aujourd’hui',
  'account.marked-reviewed': 'Marqué comme vérifié aujourd’hui.',
  'account.password-reset': 'Je viens de réinitialiser mon mot de passe',
  'account.password-reset.noted':
    'C’est noté. Account Helper vous rappellera de reconnecter vos appareils.',
  'account.edit': 'Modifier',
  'account.remove': 'Retirer',
  'account.remove.label': 'Retirer {address}',
  'account.remove.question':
    'Retirer {address} d’Account Helper ? Ses rappels seront retirés aussi. Rien ne change dans le compte lui-même.',
  'account.editor.name': 'Nom',
  'account.editor.kind': 'Type de compte',
  'account.editor.set-up': 'Ce qui est configuré sur ce compte (à votre connaissance)',
  'account.editor.interval': 'Vérifier ses informations de récupération tous les',
  'account.editor.interval.default': 'Comme dans les paramètres ({interval})',
  'account.editor.save': 'Enregistrer',

  'months.one': '{count} mois',
  'months.other': '{count} mois',
  'interval.recommended': '{interval} (recommandé)',
  'reminder-settings.heading': 'Paramètres des rappels',
  'reminder-settings.label':
    'Me rappeler de vérifier les informations de récupération de chaque compte tous les',
  'reminder-settings.saved': 'Enregistré : tous les {interval}.',
  'reminder-settings.help':
    'Un compte peut avoir son propre intervalle : modifiez-le sous Vos comptes. Les comptes personnels reçoivent aussi un rappel pour se connecter avant que Microsoft ne les ferme pour inactivité, et, après la réinitialisation d’un mot de passe, un rappel pour reconnecter vos appareils.',

  'privacy.heading': 'Confidentialité',
  'privacy.remember':
    'Retenir les adresses avec lesquelles je me connecte sur les pages de Microsoft',
  'privacy.remember.help':
    'Les ajoute à Vos comptes pour qu’elles reçoivent des rappels. Seules l’adresse et la date sont conservées, jamais un mot de passe. Désactivé tant que vous ne l’activez pas.',
  'privacy.lookups':
    'Autoriser la vérification d’une adresse auprès de Microsoft quand je le demande',
  'privacy.lookups.managed':
    'Votre organisation l’a désactivé : Account Helper n’envoie jamais d’adresse à Microsoft.',
  'privacy.lookups.help':
    'Seulement quand vous cliquez sur « Interroger Microsoft » dans la vérification de compte ; l’adresse est envoyée à Microsoft et nulle part ailleurs.',

  'data.store.settings': 'Paramètres',
  'data.store.accounts': 'Comptes',
  'data.store.reminders': 'Rappels',
  'data.store.lookups': 'Vérifications de compte enregistrées',
  'data.store.organisationSignIns': 'Pages de connexion de votre organisation',
  'data.heading': 'Vos données',
  'data.export.heading': 'Exporter',
  'data.export.intro':
    'Un fichier JSON avec vos paramètres, comptes, rappels et vérifications de compte enregistrées. Il ne contient jamais de mot de passe ni les pages que vous avez visitées.',
  'data.export.button': 'Exporter mes données',
  'data.export.saved': 'Enregistré sous {file}.',
  'data.export.failed': 'Export impossible : {error}',
  'data.import.heading': 'Importer',
  'data.import.intro':
    'Remplace vos paramètres, comptes, rappels et vérifications de compte enregistrées par ceux d’un fichier d’export. Vous voyez ce qui change avant que quoi que ce soit ne soit remplacé.',
  'data.import.file': 'Choisir un fichier d’export',
  'data.import.paste': 'Ou coller le contenu du fichier',
  'data.import.text': 'Contenu du fichier d’export',
  'data.import.check': 'Vérifier ce texte',
  'data.import.checking': 'Vérification du fichier…',
  'data.import.refused': 'Ce fichier ne peut pas être importé ; rien n’a été modifié.',
  'data.import.preview': 'Un export du {date}. L’importer modifie vos données ainsi :',
  'data.import.apply': 'Remplacer mes données par ce fichier',
  'data.import.done': 'Importé.',
  'data.import.accounts.one': 'Vous avez {count} compte dans votre liste.',
  'data.import.accounts.other': 'Vous avez {count} comptes dans votre liste.',
  'data.import.table': 'Ce que l’import modifie pour chaque type de données',
  'data.import.column.data': 'Données',
  'data.import.column.added': 'Ajoutés',
  'data.import.column.changed': 'Modifiés',
  'data.import.column.removed': 'Supprimés',
  'data.import.column.unchanged': 'Inchangés',
  'data.import.dismissed-hosts.one':
    'Ce fichier coupe aussi l’alerte d’imitation sur {count} site auquel vous n’aviez pas fait confiance :',
  'data.import.dismissed-hosts.other':
    'Ce fichier coupe aussi l’alerte d’imitation sur {count} sites auxquels vous n’aviez pas fait confiance :',
  'data.delete.heading': 'Tout supprimer',
  'data.delete.intro':
    'Supprime de cet appareil vos comptes, rappels, paramètres, vérifications de compte enregistrées et la liste des pages Microsoft visitées.',
  'data.delete.question':
    'Supprimer toutes les données d’Account Helper sur cet appareil ? C’est irréversible ; exportez-les d’abord si vous pourriez en avoir besoin.',
  'data.delete.confirm': 'Oui, tout supprimer',
  'data.delete.button': 'Tout supprimer…',
  'data.delete.done': 'Tout a été supprimé.',
});
