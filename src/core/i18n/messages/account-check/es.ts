import { translation } from '../../catalog';
import type { ACCOUNT_CHECK_EN } from './en';

export const ACCOUNT_CHECK_ES = translation<typeof ACCOUNT_CHECK_EN>()({
  'check.heading': '¿Ya tengo una cuenta Microsoft?',
  'check.label': 'Dirección de correo electrónico o número de teléfono',
  'check.placeholder': 'lucia@ejemplo.es',
  'check.button': 'Comprobar',
  'check.saved-cleared': 'Resultados guardados borrados.',

  'answer.invalid': 'Eso todavía no parece una dirección de correo ni un número de teléfono.',
  'answer.personal': 'Es una cuenta Microsoft personal.',
  'answer.work-school': 'Es una cuenta profesional o educativa.',
  'answer.both': 'Esta dirección tiene una cuenta personal y una profesional o educativa.',
  'answer.listed': 'Esta dirección está en tu lista de cuentas.',
  'answer.medium': 'Probablemente ya tienes una cuenta Microsoft con esta dirección.',
  'answer.low': 'Es muy probable que ya tengas una cuenta Microsoft.',
  'answer.none':
    'Puede ser una cuenta personal, una cuenta profesional o educativa, o todavía ninguna.',
  'answer.none-personal': 'Puede ser una cuenta personal de Microsoft, o ninguna todavía.',
  'answer.typo': '¿Quisiste decir {address}?',
  'answer.typo-fix': 'Comprobar {address}',

  'hint.personal':
    'Las cuentas personales son las que usas para Outlook.com, OneDrive, Xbox y Windows en casa, y las que se usaban para Skype antes de que cerrara en mayo de 2025.',
  'hint.work-school':
    'Tu organización gestiona esta cuenta, así que su servicio de soporte puede ayudarte a volver a entrar.',
  'hint.both': 'Al iniciar sesión, Microsoft te preguntará a cuál de las dos te refieres.',

  'questions.legend': '¿Has usado alguna vez alguno de estos?',
  'questions.intro':
    'Todos necesitan una cuenta Microsoft, así que cada casilla marcada nos dice algo más.',
  'questions.none': 'Ninguno de estos',
  'question-label.outlook-hotmail': 'Una dirección de Outlook.com, Hotmail, Live o MSN',
  'question-label.onedrive': 'OneDrive',
  'question-label.skype': 'Skype',
  'question-label.xbox': 'Xbox',
  'question-label.windows-phone': 'Un Windows Phone',
  'question-label.office': 'Office o Microsoft 365',
  'question-label.windows-sign-in': 'Iniciar sesión en Windows con un correo electrónico',

  'next.heading': 'Siguientes pasos',
  'next.sign-in-personal': 'Iniciar sesión con esta dirección',
  'next.sign-in-work-school': 'Iniciar sesión con esta dirección',
  'next.sign-in': 'Iniciar sesión con esta dirección',
  'next.recover-personal': 'Recuperar esta cuenta',
  'next.recover-work-school': 'Recuperar esta cuenta',
  'next.review-personal': 'Revisar tus claves de acceso y métodos de inicio de sesión',
  'next.review-work-school': 'Revisar tus claves de acceso y métodos de inicio de sesión',
  'next.create-account': 'Crear una cuenta con esta dirección',
  'next.new-outlook-address': 'Obtener una nueva dirección de Outlook',
  'next.add-to-accounts': 'Añadir a mis cuentas',
  'next.phone.sign-in': 'Iniciar sesión con este número de teléfono',
  'next.phone.recover': 'Recuperar la cuenta de este número de teléfono',
  'next.phone.create-account': 'Crear una cuenta con este número de teléfono',
  'next.both.sign-in-personal': 'Iniciar sesión en la cuenta personal',
  'next.both.sign-in-work-school': 'Iniciar sesión en la cuenta profesional o educativa',
  'next.added': 'Añadida a tus cuentas. Account Helper la recordará en este dispositivo.',
  'next.add-failed': 'Account Helper no ha podido guardar esta dirección. Vuelve a intentarlo.',

  'online.email-only': 'Solo se puede preguntar a Microsoft por direcciones de correo.',
  'online.off-by-organisation':
    'Tu organización ha desactivado las consultas a Microsoft sobre direcciones.',
  'online.off': 'Preguntar a Microsoft está desactivado en la configuración de Account Helper.',
  'online.note':
    'Al preguntar, solo se envía esta dirección al servicio de inicio de sesión de Microsoft, y nada más sobre ti.',
  'online.asking': 'Preguntando a Microsoft…',
  'online.ask-again': 'Volver a preguntar a Microsoft',
  'online.ask': 'Preguntar a Microsoft',
  'online.waiting': 'Esperando la respuesta de Microsoft…',
  'online.failed':
    'Account Helper no ha podido preguntar a Microsoft en este momento. Vuelve a intentarlo.',
  'online.consent-declined':
    'No se ha enviado nada. Firefox preguntó si Account Helper podía enviar esta dirección a Microsoft y la respuesta fue no. Haz clic de nuevo en «Preguntar a Microsoft» si cambias de opinión.',

  'outcome.exists-personal': 'Microsoft la conoce: una cuenta personal.',
  'outcome.exists-work-school': 'Microsoft la conoce: una cuenta profesional o educativa.',
  'outcome.exists-both': 'Microsoft la conoce: una cuenta personal y una profesional o educativa.',
  'outcome.not-found': 'Microsoft no tiene ninguna cuenta con esta dirección.',
  'outcome.throttled': 'Microsoft nos ha pedido que vayamos más despacio.',
  'outcome.unknown': 'Microsoft no ha podido decirlo esta vez.',
  'outcome.error:timeout': 'No hubo respuesta a tiempo.',
  'outcome.error:network': 'No hemos podido contactar con Microsoft.',
  'outcome.error:http': 'La comprobación de Microsoft ha tenido un problema.',
  'outcome.error:malformed': 'No hemos podido leer la respuesta de Microsoft.',
  'outcome.none': 'No hemos recibido respuesta.',

  'checked.just-now': 'comprobado ahora mismo',
  'checked.minutes': 'comprobado hace {count} min',
  'checked.hours': 'comprobado hace {count} h',
  'checked.on': 'comprobado el {date}',

  'saved.summary': 'Respuestas de Microsoft guardadas ({count})',
  'saved.clear': 'Borrar los resultados guardados',
  'saved.clear-failed': 'Account Helper no ha podido borrarlos. Vuelve a intentarlo.',
});
