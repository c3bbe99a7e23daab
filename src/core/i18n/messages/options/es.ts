import { translation } from '../../catalog';
import type { OPTIONS_EN } from './en';

export const OPTIONS_ES = translation<typeof OPTIONS_EN>()({
  'options.title': 'Configuración de Account Helper',
  'options.visits.heading': 'Páginas de Microsoft que has visitado',
  'options.loading': 'Cargando…',
  'options.visits.failed': 'Account Helper no ha podido abrir sus datos: {error}',
  'options.visits.total.one': '{count} visita registrada en este dispositivo.',
  'options.visits.total.other': '{count} visitas registradas en este dispositivo.',
  'options.footer':
    'Account Helper lo guarda todo en este dispositivo. Nunca guarda ni envía tus contraseñas.',
  'options.my-data.failed': 'Account Helper no ha podido leer tus cuentas y recordatorios: {error}',
  'options.my-data.loading': 'Cargando tus cuentas…',
  'options.change-failed': 'No ha funcionado: {error}',
  'options.saved': 'Guardado.',
  'options.cancel': 'Cancelar',

  'reminders-section.heading': 'Recordatorios',
  'reminders-section.none': 'No hay nada pendiente ahora.',
  'reminders-section.coming-up': 'Próximamente',
  'reminders-section.snoozed-until': 'pospuesto hasta el {date}',

  'accounts.heading': 'Tus cuentas',
  'accounts.intro':
    'Solo se guardan direcciones de correo, números de teléfono y fechas, en este dispositivo. Account Helper nunca pide ni guarda una contraseña.',
  'accounts.none': 'Todavía no hay cuentas en la lista.',
  'accounts.add.heading': 'Añadir una cuenta',
  'accounts.add.address': 'Dirección de correo o número de teléfono con el que inicias sesión',
  'accounts.add.kind': 'Tipo de cuenta',
  'accounts.add.label': 'Nombre (opcional), p. ej. «Familia» o «Trabajo»',
  'accounts.add.button': 'Añadir cuenta',
  'accounts.added': '{address} añadida.',
  'accounts.added.phone': 'Número de teléfono {phone} añadido.',
  'account.phone': 'Número de teléfono',

  'account.set-up.unknown': 'Aún no indicado',
  'account.set-up.nothing': 'Nada',
  'account.kind': 'Tipo',
  'account.set-up': 'Configurado',
  'account.reviewed': 'Información de recuperación revisada',
  'account.reviewed.never': 'Nunca',
  'account.next-review': 'Próxima revisión',
  'account.every': '(cada {interval})',
  'account.mark-reviewed': 'La he revisado hoy',
  'account.marked-reviewed': 'Marcada como revisada hoy.',
  'account.password-reset': 'Acabo de restablecer mi contraseña',
  'account.password-reset.noted':
    'Anotado. Account Helper te recordará que vuelvas a iniciar sesión en tus dispositivos.',
  'account.edit': 'Editar',
  'account.remove': 'Quitar',
  'account.remove.label': 'Quitar {address}',
  'account.remove.question':
    '¿Quitar {address} de Account Helper? Sus recordatorios también se quitarán. No cambia nada en la propia cuenta.',
  'account.editor.name': 'Nombre',
  'account.editor.kind': 'Tipo de cuenta',
  'account.editor.set-up': 'Qué está configurado en esta cuenta (que tú sepas)',
  'account.editor.interval': 'Revisar su información de recuperación cada',
  'account.editor.interval.default': 'Como en la configuración ({interval})',
  'account.editor.save': 'Guardar',

  'months.one': '{count} mes',
  'months.other': '{count} meses',
  'interval.recommended': '{interval} (recomendado)',
  'reminder-settings.heading': 'Configuración de los recordatorios',
  'reminder-settings.label':
    'Recordarme revisar la información de recuperación de todas mis cuentas cada',
  'reminder-settings.saved': 'Guardado: cada {interval}.',
  'reminder-settings.help':
    'Una cuenta puede tener su propio intervalo: edítalo en Tus cuentas. Las cuentas personales también reciben un recordatorio para iniciar sesión antes de que Microsoft las cierre por inactividad y, después de restablecer una contraseña, un recordatorio para volver a iniciar sesión en tus dispositivos.',

  'privacy.heading': 'Privacidad',
  'privacy.remember':
    'Recordar las direcciones con las que inicio sesión en las páginas de Microsoft',
  'privacy.remember.help':
    'Las añade a Tus cuentas para que reciban recordatorios. Solo se guardan la dirección y la fecha, nunca una contraseña. Desactivado hasta que lo actives.',
  'privacy.lookups': 'Permitir comprobar una dirección con Microsoft cuando lo pida',
  'privacy.lookups.managed':
    'Tu organización lo ha desactivado: Account Helper nunca envía una dirección a Microsoft.',
  'privacy.lookups.help':
    'Solo cuando haces clic en «Preguntar a Microsoft» en la comprobación de cuentas; la dirección se envía a Microsoft y a nadie más.',

  'data.store.settings': 'Configuración',
  'data.store.accounts': 'Cuentas',
  'data.store.reminders': 'Recordatorios',
  'data.store.lookups': 'Comprobaciones de cuentas guardadas',
  'data.store.organisationSignIns': 'Páginas de inicio de sesión de tu organización',
  'data.heading': 'Tus datos',
  'data.export.heading': 'Exportar',
  'data.export.intro':
    'Un archivo JSON con tu configuración, tus cuentas, tus recordatorios y tus comprobaciones de cuentas guardadas. Nunca contiene una contraseña ni las páginas que has visitado.',
  'data.export.button': 'Exportar mis datos',
  'data.export.saved': 'Guardado como {file}.',
  'data.export.failed': 'No se ha podido exportar: {error}',
  'data.import.heading': 'Importar',
  'data.import.intro':
    'Sustituye tu configuración, tus cuentas, tus recordatorios y tus comprobaciones de cuentas guardadas por los de un archivo exportado. Antes de sustituir nada, verás qué cambia.',
  'data.import.file': 'Elige un archivo exportado',
  'data.import.paste': 'O pega el contenido del archivo',
  'data.import.text': 'Contenido del archivo exportado',
  'data.import.check': 'Comprobar este texto',
  'data.import.checking': 'Comprobando el archivo…',
  'data.import.refused': 'Este archivo no se puede importar; no se ha cambiado nada.',
  'data.import.preview': 'Una exportación del {date}. Importarla cambia tus datos así:',
  'data.import.apply': 'Sustituir mis datos por este archivo',
  'data.import.done': 'Importado.',
  'data.import.accounts.one': 'Tienes {count} cuenta en la lista.',
  'data.import.accounts.other': 'Tienes {count} cuentas en la lista.',
  'data.import.table': 'Qué cambia la importación en cada tipo de datos',
  'data.import.column.data': 'Datos',
  'data.import.column.added': 'Añadidos',
  'data.import.column.changed': 'Cambiados',
  'data.import.column.removed': 'Quitados',
  'data.import.column.unchanged': 'Sin cambios',
  'data.import.dismissed-hosts.one':
    'Este archivo también quita el aviso de imitación en {count} sitio en el que no habías confiado antes:',
  'data.import.dismissed-hosts.other':
    'Este archivo también quita el aviso de imitación en {count} sitios en los que no habías confiado antes:',
  'data.delete.heading': 'Borrarlo todo',
  'data.delete.intro':
    'Borra de este dispositivo tus cuentas, recordatorios, configuración, comprobaciones de cuentas guardadas y la lista de páginas de Microsoft que has visitado.',
  'data.delete.question':
    '¿Borrar todos los datos de Account Helper de este dispositivo? No se puede deshacer; exporta antes si quizá los quieras recuperar.',
  'data.delete.confirm': 'Sí, borrarlo todo',
  'data.delete.button': 'Borrarlo todo…',
  'data.delete.done': 'Se ha borrado todo.',
});
