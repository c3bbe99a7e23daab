import type { EN } from '../../../guidance/catalog';
import { translation } from '../../catalog';

export const GUIDANCE_ES = translation<typeof EN>()({
  'panel.toggle': 'Consejos de Account Helper',
  'panel.region': 'Account Helper: {title}',

  'strength.heading': 'Seguridad de la contraseña',
  'strength.privacy':
    'Se comprueba en este dispositivo mientras escribes. Account Helper nunca guarda ni envía tu contraseña.',
  'strength.level.empty': 'Todavía no has escrito nada',
  'strength.level.weak': 'Débil',
  'strength.level.fair': 'Aceptable',
  'strength.level.good': 'Buena',
  'strength.level.strong': 'Segura',
  'strength.rule':
    'Microsoft exige al menos 8 caracteres, con dos o más de estos tipos: mayúsculas, minúsculas, números y símbolos.',
  'strength.hint.microsoft-rule':
    'Microsoft aún no la aceptará: usa dos o más de estos tipos: mayúsculas, minúsculas, números y símbolos.',
  'strength.hint.type': 'Empieza a escribir una contraseña nueva para ver lo segura que es.',
  'strength.hint.too-short':
    'Demasiado corta. Usa 12 caracteres o más (Microsoft pide al menos 8).',
  'strength.hint.common':
    'Es una de las contraseñas más usadas y de las primeras que prueba cualquiera. Elige otra.',
  'strength.hint.words':
    'Las palabras y los nombres comunes están entre lo primero que se intenta. Añade más palabras que no tengan relación entre sí.',
  'strength.hint.sequence': 'Las secuencias como abc, 1234 o qwerty son fáciles de adivinar.',
  'strength.hint.repeat': 'Repetir letras o patrones aporta poco. Añade mejor palabras distintas.',
  'strength.hint.dates': 'Los años y las fechas son fáciles de adivinar, sobre todo los tuyos.',
  'strength.hint.variety': 'Hazla más larga o mezcla mayúsculas, números y símbolos.',
  'strength.hint.longer':
    'Vas bien. Unos cuantos caracteres más la hacen mucho más difícil de adivinar.',
  'strength.hint.unique': 'Difícil de adivinar. Úsala solo para esta cuenta.',

  'duplicate.title': 'Esta dirección ya es una cuenta Microsoft',
  'duplicate.body':
    'Ya se puede iniciar sesión con {address}. Inicia sesión con ella o recupera la cuenta si no puedes entrar, en lugar de crear una segunda.',
  'duplicate.because.consumer-domain':
    'Todas las direcciones de este dominio son cuentas Microsoft.',
  'duplicate.because.listed': 'Está en tu lista de cuentas.',
  'duplicate.because.looked-up': 'Microsoft lo confirmó cuando la comprobaste.',
  'duplicate.sign-in': 'Iniciar sesión en su lugar',
  'duplicate.recover': 'Recuperar esta cuenta',

  'accounts.heading': 'Tus cuentas',
  'accounts.intro': 'Cuentas que has añadido en Account Helper:',
  'accounts.none': 'Todavía no has añadido ninguna cuenta en Account Helper.',
  'accounts.device-toggle':
    'Estoy configurando un teléfono u otro dispositivo (indica con qué cuenta iniciar sesión)',
  'accounts.device-warning':
    'Inicia sesión con la cuenta que quieres mantener en este dispositivo. Cambiarla después puede obligarte a restablecer el dispositivo a la configuración de fábrica, lo que borra las aplicaciones y los archivos de los que no tengas copia.',
  'accounts.check-button': 'Comparar la dirección escrita arriba con mis cuentas',
  'accounts.check-empty':
    'Escribe primero una dirección en el cuadro de Microsoft y luego compruébala.',
  'accounts.check-failed':
    'Account Helper no ha podido comprobar la dirección. Vuelve a intentarlo.',
  'accounts.answer.invalid': 'No es una dirección de correo ni un número de teléfono.',
  'accounts.answer.phone':
    'Con un número de teléfono se puede iniciar sesión en una cuenta Microsoft personal. El número por sí solo no dice si este lo permite.',
  'accounts.answer.listed': '{address} está en tu lista de cuentas.',
  'accounts.answer.consumer-domain':
    '{address} es una cuenta Microsoft personal: toda dirección @{domain} lo es.',
  'accounts.answer.looked-up': 'Cuando comprobaste {address} con Microsoft, era una cuenta.',
  'accounts.answer.work-school':
    '{address} es una cuenta profesional o educativa, creada por una organización.',
  'accounts.answer.unknown':
    'La dirección por sí sola no lo dice. Cualquier dirección de correo puede convertirse en una cuenta Microsoft; la comprobación de cuentas del botón de Account Helper en la barra de herramientas puede preguntar a Microsoft.',

  'review.heading': '¿Lo has revisado todo?',
  'review.intro': 'Díselo a Account Helper y te recordará cuándo toca volver a mirarlo.',
  'review.choose': 'Cuenta',
  'review.button': 'He revisado mi información de recuperación',
  'review.recorded': 'Anotado para {address} el {date}.',
  'review.not-listed':
    'Esa cuenta no está en tu lista, así que no se ha anotado nada. Añádela en las opciones de Account Helper para recibir recordatorios.',
  'review.no-accounts':
    'No has añadido ninguna cuenta, así que no se ha anotado nada. Añade las tuyas en las opciones de Account Helper para recibir recordatorios.',
  'review.failed': 'No ha funcionado. Vuelve a intentarlo.',

  'sign-in.title': 'Iniciar sesión',
  'sign-in.which.heading': 'Elige la cuenta correcta',
  'sign-in.which.p1':
    'Si tienes más de una cuenta Microsoft, asegúrate de que esta es la que quieres. Tu correo, tus archivos y tus compras se quedan en la cuenta con la que inicias sesión.',
  'sign-in.trouble.heading': '¿No puedes entrar?',
  'sign-in.trouble.p1':
    'Restablece tu contraseña en lugar de crear una cuenta nueva: una cuenta nueva empieza vacía, sin tu correo, tus archivos ni tus compras.',
  'sign-in.trouble.link': 'Restablecer tu contraseña',

  'sign-up.title': 'Crear una cuenta',
  'sign-up.already.heading': 'Puede que ya tengas una',
  'sign-up.already.p1':
    'Las direcciones de Outlook.com, Hotmail, Live y MSN ya son cuentas Microsoft. También lo es la dirección que usas para OneDrive, Skype, Xbox u Office. Inicia sesión con ella en lugar de crear una segunda cuenta.',
  'sign-up.coach.heading': 'Pasos',
  'sign-up.coach.fallback':
    'Account Helper no sabe qué paso muestra esta página, así que aquí están todos.',
  'sign-up.coach.current': 'Paso actual:',
  'sign-up.coach.done': 'Hecho:',
  'sign-up.step.email.label': 'Usa una dirección que ya tengas u obtén una nueva',
  'sign-up.step.email.detail':
    'Cualquier dirección de correo que ya uses puede ser tu cuenta Microsoft. Para una dirección nueva de Outlook.com o Hotmail, elige «Obtener una nueva dirección de correo electrónico».',
  'sign-up.step.username.label': 'Elige tu nombre de usuario',
  'sign-up.step.username.detail':
    'Para una dirección nueva, escribe la parte antes de la @ y elige @outlook.com o @hotmail.com. Microsoft te dice si el nombre ya está ocupado.',
  'sign-up.step.password.label': 'Crea una contraseña segura',
  'sign-up.step.password.detail':
    'Que sea larga: 12 caracteres o más, por ejemplo unas cuantas palabras sin relación entre sí. Úsala solo para esta cuenta.',
  'sign-up.step.phone.label': 'Añade tu número de teléfono',
  'sign-up.step.phone.detail':
    'Protege la cuenta, y Microsoft puede enviarte con él un código por SMS si olvidas tu contraseña.',
  'sign-up.step.birth-date.label': 'Indica tu fecha de nacimiento real',
  'sign-up.step.birth-date.detail':
    'Microsoft puede pedírtela para asegurarse de que la cuenta es tuya cuando la recuperes. Una fecha inventada puede dejarte fuera más adelante.',
  'sign-up.step.verification.label': 'Escribe el código de verificación',
  'sign-up.step.verification.detail':
    'Microsoft muestra o envía un código, o un pequeño acertijo, para comprobar que quien se registra es una persona. Escríbelo exactamente como aparece.',
  'sign-up.step.confirmation-email.label': 'Confirma tu dirección de correo',
  'sign-up.step.confirmation-email.detail':
    'Microsoft envía un mensaje a la dirección que indicaste. Ábrelo y sigue su enlace para confirmar que la dirección es tuya.',

  'password-reset.title': 'Restablecer la contraseña',
  'password-reset.ask.heading': 'Qué te pedirá Microsoft',
  'password-reset.ask.personal':
    'Primero, la dirección o el número de teléfono con el que inicias sesión. Después Microsoft envía un código de seguridad a una de las direcciones de correo o números de teléfono vinculados a la cuenta; escríbelo aquí y luego elige una contraseña nueva.',
  'password-reset.ask.organisation':
    'Tu organización decide cómo demuestras que eres tú: normalmente con un código enviado a tu teléfono o a otra dirección de correo, o con una solicitud en tu aplicación Authenticator.',
  'password-reset.no-access.heading': '¿No puedes usar ninguno?',
  'password-reset.no-access.personal':
    'Indica que no tienes ninguno y Microsoft te ofrecerá el formulario de recuperación. Rellénalo en un dispositivo y en un lugar desde los que ya hayas iniciado sesión, y da todos los detalles del pasado que puedas.',
  'password-reset.no-access.organisation':
    'El servicio de soporte o el administrador de TI de tu organización puede restablecer tu contraseña.',
  'password-reset.no-access.link': 'Abrir el formulario de recuperación',
  'password-reset.after.heading': 'Después',
  'password-reset.after.p1':
    'Revisa tu información de seguridad para que el próximo restablecimiento sea fácil. Tu teléfono, tus aplicaciones de correo y tus otros dispositivos te pedirán que vuelvas a iniciar sesión con la contraseña nueva.',
  'password-reset.after.link': 'Revisar tu información de seguridad',

  'account-recovery.title': 'Recuperar tu cuenta',
  'account-recovery.form.heading': 'Rellenar el formulario de recuperación',
  'account-recovery.form.p1':
    'Microsoft compara tus respuestas con lo que sabe de la cuenta. Usa un dispositivo, y hazlo desde un lugar, en el que ya hayas iniciado sesión en ella.',
  'account-recovery.form.p2':
    'Da todo lo que recuerdes: contraseñas que usaste antes, los nombres y datos de la cuenta, asuntos de correos recientes, direcciones a las que escribiste.',
  'account-recovery.contact.heading': 'Adónde llega la respuesta',
  'account-recovery.contact.p1':
    'Indica una dirección de correo que puedas leer ahora, no la que estás recuperando. Microsoft enviará ahí su respuesta.',
  'account-recovery.again.heading': 'Si no funciona',
  'account-recovery.again.p1':
    'Puedes volver a rellenar el formulario con más detalles. Cuando vuelvas a entrar, revisa tu información de seguridad para no necesitar el formulario la próxima vez.',
  'account-recovery.again.link': 'Revisar tu información de seguridad',

  'security-info.title': 'Tu información de seguridad',
  'security-info.two-step.heading': 'Verificación en dos pasos',
  'security-info.two-step.p1':
    'Con ella activada, para iniciar sesión hacen falta tu contraseña y una segunda prueba: un código enviado a tu teléfono o correo, o una solicitud en una aplicación de autenticación. Mantén al día al menos dos formas.',
  'security-info.devices.heading': 'Después de un cambio',
  'security-info.devices.p1':
    'Después de cambiar la contraseña o activar la verificación en dos pasos, los teléfonos, las aplicaciones de correo y las consolas pueden pedirte que vuelvas a iniciar sesión. Una actualización del sistema también puede pedirlo y enviar un código al teléfono o al correo registrados.',
  'security-info.app-passwords.heading': 'Aplicaciones antiguas',
  'security-info.app-passwords.p1':
    'Algunas aplicaciones y dispositivos antiguos no pueden pedir una segunda prueba. Con la verificación en dos pasos activada, necesitan una contraseña de aplicación: una que creas aquí, solo para esa aplicación.',

  'account-home.title': 'Tu cuenta Microsoft',
  'account-home.which.heading': '¿Es la cuenta correcta?',
  'account-home.which.p1':
    'Comprueba el nombre y la dirección que aparecen en la página. Si no es la cuenta que querías, cierra la sesión e inicia sesión con la otra.',
  'account-home.current.heading': 'Mantén al día tu información de recuperación',
  'account-home.current.p1':
    'Un número de teléfono actualizado y una segunda dirección de correo son la forma más rápida de volver a entrar si olvidas tu contraseña.',
  'account-home.current.link': 'Revisar tu información de seguridad',

  'sign-out.title': 'Cerrar sesión',
  'sign-out.shared.heading': 'En un equipo compartido',
  'sign-out.shared.p1':
    'Cierra todas las ventanas del navegador cuando termines, para que la siguiente persona no pueda volver a entrar en tu cuenta.',
  'sign-out.switch.heading': '¿Has usado la cuenta equivocada?',
  'sign-out.switch.p1':
    'Vuelve a iniciar sesión con la cuenta que querías usar. Lo que hayas guardado mientras tanto se queda en la otra.',

  'device-code.title': 'Iniciar sesión en un dispositivo',
  'device-code.code.heading': 'El código de tu dispositivo',
  'device-code.code.p1':
    'Escribe el código que muestra tu televisor, tu consola, tu teléfono o tu aplicación. Hazlo solo para un dispositivo que estés configurando tú, ahora: si otra persona te ha enviado un código, puede que esté intentando entrar en tu cuenta.',
});
