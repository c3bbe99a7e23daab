import { translation } from '../../catalog';
import type { DATA_EN } from './en';

export const DATA_FR = translation<typeof DATA_EN>()({
  'storage.db-newer-version':
    'Les données d’Account Helper ont été enregistrées par une version plus récente d’Account Helper. Mettez l’extension à jour pour les utiliser ; rien n’a été modifié ni supprimé.',
  'storage.db-blocked':
    'Les données d’Account Helper sont utilisées par une autre de ses fenêtres. Fermez ses autres onglets et réessayez.',
  'storage.db-unavailable':
    'Le navigateur n’a pas permis à Account Helper d’ouvrir ses données (le stockage est peut-être désactivé, par exemple dans certaines fenêtres de navigation privée).',
  'storage.quota-exceeded':
    'Enregistrement impossible : le navigateur n’a plus d’espace de stockage pour Account Helper.',
  'storage.upgrade-failed':
    'Les données d’Account Helper n’ont pas pu être mises à niveau pour cette version ; elles sont restées telles quelles.',
  'storage.db-open-failed': 'Impossible d’ouvrir les données d’Account Helper.',
  'storage.invalid-record': 'Account Helper a refusé d’enregistrer quelque chose de non valide.',
  'storage.not-found': 'Cet élément ne figure plus dans les données d’Account Helper.',
  'storage.write-failed': 'Impossible d’enregistrer la modification.',

  'error.failed': 'Account Helper n’a pas pu le faire. Réessayez.',
  'error.no-answer': 'L’arrière-plan de l’extension n’a pas répondu à temps.',

  'my-data.phone-number':
    'Ajoutez l’adresse e-mail avec laquelle vous vous connectez, pas un numéro de téléphone.',
  'my-data.already-listed': '{address} figure déjà dans votre liste.',

  'import.too-deep':
    'Trop d’imbrications (plus de {levels} niveaux) : ce n’est pas un export d’Account Helper.',
  'import.too-many':
    'Contient {count} éléments ; un export d’Account Helper en a au plus {limit} ici.',
  'import.forbidden-key':
    'La clé « {key} » n’est pas autorisée : elle pourrait changer le comportement des objets.',
  'import.not-object': 'Un objet JSON était attendu ({ "format": "account-helper-export", … }).',
  'import.format-missing':
    'Absent : ce n’est pas un export d’Account Helper (attendu : « {expected} »).',
  'import.format-other':
    '« {expected} » était attendu, {found} a été trouvé : ce n’est pas un export d’Account Helper.',
  'import.version-newer':
    'Ce fichier est en version {version}, créé par un Account Helper plus récent ; celui-ci lit la version {supported}. Mettez Account Helper à jour pour l’importer.',
  'import.version-other': 'Version {supported} attendue, {found} trouvé.',
  'import.value.nothing': 'rien',
  'import.value.list': 'une liste',
  'import.value.object': 'un objet',
  'import.duplicate': '{key} apparaît deux fois (aussi à {earlier}).',
  'import.unknown-account': 'Aucun compte {account} parmi les comptes de ce fichier.',
  'import.too-big': 'Le fichier fait {size} ; un export d’Account Helper fait au plus {limit}.',
  'import.far-too-big': 'Le fichier est bien trop gros pour être un export d’Account Helper.',
  'import.empty': 'Le fichier est vide.',
  'import.not-json':
    'Ce fichier ne peut pas être lu comme un export d’Account Helper. Choisissez le fichier enregistré par « Exporter mes données », sans modification.',
  'import.unexpected-field.one':
    'Champ inattendu {fields} : Account Helper n’enregistre jamais rien d’autre.',
  'import.unexpected-field.other':
    'Champs inattendus {fields} : Account Helper n’enregistre jamais rien d’autre.',
});
