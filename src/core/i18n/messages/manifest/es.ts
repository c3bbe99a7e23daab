import { translation } from '../../catalog';
import type { MANIFEST_EN } from './en';

export const MANIFEST_ES = translation<typeof MANIFEST_EN>()({
  extName: 'Account Helper',
  extDescription:
    'Reconoce las páginas reales de Microsoft y sus imitaciones, te dice si ya tienes cuenta Microsoft y cuida tus datos de recuperación.',
  actionTitle: 'Account Helper',
});
