import { translation } from '../../catalog';
import type { REMINDERS_EN } from './en';

export const REMINDERS_ES = translation<typeof REMINDERS_EN>()({
  'reminder.name': '{label} ({address})',
  'reminder.review-recovery.title': 'Revisa la información de recuperación de {name}',
  'reminder.review-recovery.message':
    'Revisa tus claves de acceso y métodos de inicio de sesión: comprueba que las claves de acceso, la aplicación Authenticator, el correo y el teléfono de recuperación siguen siendo tuyos y funcionan. Si se quedan anticuados, perder un dispositivo o la contraseña puede significar perder la cuenta.',
  'reminder.sign-devices-in.title': 'Vuelve a iniciar sesión en tus dispositivos con {name}',
  'reminder.sign-devices-in.message':
    'Has restablecido su contraseña. Es posible que los teléfonos, tabletas, Xbox y otras consolas te pidan iniciar sesión de nuevo con la nueva contraseña antes de sincronizarse.',
  'reminder.sign-devices-in.message.work-school':
    'Has restablecido su contraseña. Es posible que los teléfonos, tabletas y ordenadores donde usas esta cuenta te pidan iniciar sesión de nuevo con la nueva contraseña.',
  'reminder.inactive-account.title': 'Inicia sesión en {name} para mantenerla abierta',
  'reminder.inactive-account.message':
    'Microsoft cierra las cuentas personales en las que nadie inicia sesión durante dos años. Inicia sesión una vez para conservar su correo, archivos y compras.',

  'reminder-type.review-recovery': 'Revisar la información de recuperación',
  'reminder-type.sign-devices-in': 'Volver a conectar los dispositivos',
  'reminder-type.inactive-account': 'Mantener la cuenta abierta',

  'reminders.review-now': 'Revisar ahora',
  'reminders.action.review': 'Revisar ahora',
  'reminders.action.devices': 'Ver tus dispositivos',
  'reminders.action.sign-in': 'Iniciar sesión ahora',
  'reminders.action.review.label':
    'Revisar ahora: {title} (abre la página de seguridad de Microsoft)',
  'reminders.action.devices.label':
    'Ver tus dispositivos: {title} (abre la lista de tus dispositivos en Microsoft)',
  'reminders.action.sign-in.label':
    'Iniciar sesión ahora: {title} (abre la página de inicio de sesión de Microsoft)',
  'reminders.snooze': 'Posponer 1 día',
  'reminders.done': 'Hecho',
  'reminders.review-now.label': 'Revisar ahora: {title} (abre la página de seguridad de Microsoft)',
  'reminders.snooze.label': 'Posponer 1 día: {title}',
  'reminders.done.label': 'Hecho: {title}',
  'reminders.due': 'Vence: {when}',
  'reminders.heading': 'Recordatorios',
  'reminders.heading.due': 'Recordatorios pendientes ({count})',
  'reminders.marked-done': 'Marcado como hecho.',
  'reminders.snoozed': 'Pospuesto hasta mañana.',
  'reminders.update-failed': 'No se ha podido actualizar el recordatorio: {error}',
  'reminders.read-failed': 'Account Helper no ha podido leer tus recordatorios: {error}',
  'reminders.next.review-recovery':
    'Nada pendiente. Siguiente: revisar la información de recuperación de {account}, {date}.',
  'reminders.next.sign-devices-in':
    'Nada pendiente. Siguiente: volver a conectar los dispositivos a {account}, {date}.',
  'reminders.next.inactive-account':
    'Nada pendiente. Siguiente: mantener abierta {account}, {date}.',
  'reminders.none':
    'Añade tus cuentas Microsoft en la {link} para que te recordemos mantener al día su información de recuperación.',
  'reminders.none.link': 'configuración',

  'account-kind.personal': 'Cuenta Microsoft personal',
  'account-kind.work-school': 'Cuenta profesional o educativa',
  'account-kind.unknown': 'No lo sé',
  'set-up.recoveryEmail': 'Correo de recuperación',
  'set-up.phone': 'Teléfono de recuperación',
  'set-up.twoStep': 'Verificación en dos pasos',
  'set-up.authenticatorApp': 'Aplicación Authenticator',
  'set-up.passkey': 'Clave de acceso',
});
