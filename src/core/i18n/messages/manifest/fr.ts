import { translation } from '../../catalog';
import type { MANIFEST_EN } from './en';

export const MANIFEST_FR = translation<typeof MANIFEST_EN>()({
  extName: 'Account Helper',
  extDescription:
    'Repère les vraies pages de connexion Microsoft et les fausses, vérifie si vous avez un compte Microsoft et garde vos infos à jour.',
  actionTitle: 'Account Helper',
});
