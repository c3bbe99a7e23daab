import { translation } from '../../catalog';
import type { DATA_EN } from './en';

export const DATA_ES = translation<typeof DATA_EN>()({
  'storage.db-newer-version':
    'Los datos de Account Helper los guardó una versión más reciente de Account Helper. Actualiza la extensión para usarlos; no se ha cambiado ni borrado nada.',
  'storage.db-blocked':
    'Otra ventana de Account Helper está usando sus datos. Cierra sus otras pestañas y vuelve a intentarlo.',
  'storage.db-unavailable':
    'El navegador no ha permitido que Account Helper abra sus datos (puede que el almacenamiento esté desactivado, por ejemplo en algunas ventanas privadas).',
  'storage.quota-exceeded':
    'No se ha podido guardar: el navegador no tiene más espacio de almacenamiento para Account Helper.',
  'storage.upgrade-failed':
    'No se han podido actualizar los datos de Account Helper a esta versión; se han quedado como estaban.',
  'storage.db-open-failed': 'No se han podido abrir los datos de Account Helper.',
  'storage.invalid-record': 'Account Helper se ha negado a guardar algo que no era válido.',
  'storage.not-found': 'Eso ya no está en los datos de Account Helper.',
  'storage.write-failed': 'No se ha podido guardar el cambio.',

  'error.failed': 'Account Helper no ha podido hacerlo. Vuelve a intentarlo.',
  'error.no-answer': 'El segundo plano de la extensión no ha respondido a tiempo.',

  'my-data.phone-number':
    'Añade la dirección de correo con la que inicias sesión, no un número de teléfono.',
  'my-data.already-listed': '{address} ya está en tu lista.',

  'import.too-deep':
    'Demasiados niveles anidados (más de {levels}): no es una exportación de Account Helper.',
  'import.too-many':
    'Tiene {count} entradas; una exportación de Account Helper tiene como máximo {limit} aquí.',
  'import.forbidden-key':
    'La clave «{key}» no está permitida: podría cambiar cómo se comportan los objetos.',
  'import.not-object': 'Se esperaba un objeto JSON ({ "format": "account-helper-export", … }).',
  'import.format-missing':
    'Falta: no es una exportación de Account Helper (se esperaba «{expected}»).',
  'import.format-other':
    'Se esperaba «{expected}» y se encontró {found}: no es una exportación de Account Helper.',
  'import.version-newer':
    'Este archivo es de la versión {version}, creado por un Account Helper más reciente; este lee la versión {supported}. Actualiza Account Helper para importarlo.',
  'import.version-other': 'Se esperaba la versión {supported} y se encontró {found}.',
  'import.value.nothing': 'nada',
  'import.value.list': 'una lista',
  'import.value.object': 'un objeto',
  'import.duplicate': '{key} aparece dos veces (también en {earlier}).',
  'import.unknown-account': 'No hay ninguna cuenta {account} entre las cuentas de este archivo.',
  'import.too-big':
    'El archivo ocupa {size}; una exportación de Account Helper ocupa como máximo {limit}.',
  'import.far-too-big':
    'El archivo es demasiado grande para ser una exportación de Account Helper.',
  'import.empty': 'El archivo está vacío.',
  'import.not-json':
    'Este archivo no se puede leer como una exportación de Account Helper. Elige el archivo que guardó «Exportar mis datos», sin cambios.',
  'import.unexpected-field.one': 'Campo inesperado {fields}: Account Helper nunca guarda nada más.',
  'import.unexpected-field.other':
    'Campos inesperados {fields}: Account Helper nunca guarda nada más.',
});
