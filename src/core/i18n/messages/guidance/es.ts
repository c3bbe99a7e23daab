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
    'Las direcciones de Outlook.com, Hotmail, Live y MSN ya son cuentas Microsoft. También lo es la dirección que usas para OneDrive, Xbox u Office, y aquella con la que iniciabas sesión en Skype si lo usaste antes de que cerrara. Inicia sesión con ella en lugar de crear una segunda cuenta.',
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
  'sign-up.step.password.label': 'Crear una contraseña (solo si Microsoft la pide)',
  'sign-up.step.password.detail':
    'Que sea larga: 12 caracteres o más, por ejemplo unas cuantas palabras sin relación entre sí. Úsala solo para esta cuenta.',
  'sign-up.step.phone.label': 'Añadir tu número de teléfono (solo si Microsoft lo pide)',
  'sign-up.step.phone.detail':
    'A veces Microsoft envía un código por SMS para comprobar que quien se registra es una persona. El número también puede servirte para recuperar el acceso si lo pierdes.',

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
    'Escribe el código que muestra tu televisor, tu consola, tu teléfono o tu aplicación. Los códigos solo vienen de un dispositivo o una aplicación que estés configurando tú, ahora: si otra persona te ha enviado un código, puede que esté intentando entrar en tu cuenta.',

  'device-code.link.heading': 'Has llegado aquí desde un enlace',
  'device-code.link.p1':
    'El dispositivo que estás configurando te muestra la dirección de esta página para que la escribas: no llega como enlace en un correo, un chat o un documento. Si alguien te ha enviado este enlace o un código, no lo escribas: cierra esta página.',
  'device-code.confirm.heading': '¿Lo has empezado tú?',
  'device-code.confirm.named':
    'Microsoft pregunta si estás iniciando sesión en {app}. Continúa solo si has empezado tú a iniciar sesión en {app}, hace un momento, en un dispositivo o una aplicación que tienes delante. Si no, elige Cancelar: si no, otra persona entra en tu cuenta.',
  'device-code.confirm.unnamed':
    'Microsoft pregunta en qué aplicación estás iniciando sesión. Continúa solo si has empezado tú a iniciar sesión en esa aplicación, hace un momento, en un dispositivo o una aplicación que tienes delante. Si no, elige Cancelar: si no, otra persona entra en tu cuenta.',

  'consent.title': 'Una aplicación quiere usar tu cuenta',
  'consent.app.named': '{app} quiere usar tu cuenta Microsoft.',
  'consent.app.unnamed': 'Una aplicación quiere usar tu cuenta Microsoft.',
  'consent.admin':
    'Es el consentimiento de un administrador: si aceptas, la aplicación obtiene este acceso para toda tu organización, no solo para ti.',
  'consent.publisher.verified':
    'Microsoft marca a su editor, {publisher}, como verificado: Microsoft ha comprobado quién es.',
  'consent.publisher.unverified':
    'Microsoft marca a su editor como no verificado: nadie ha comprobado quién la ha hecho. Su nombre y su logotipo son los que escribió quien la creó.',
  'consent.publisher.unknown': 'La página de Microsoft no muestra que su editor esté verificado.',
  'consent.waiting':
    'Cuando hayas iniciado sesión, Microsoft te preguntará si esta aplicación puede usar tu cuenta. Account Helper te explicará aquí qué pide.',
  'consent.permissions.heading': 'Si aceptas, podrá:',
  'consent.permissions.none':
    'Account Helper no ha podido leer qué permisos pide. Lee la lista de Microsoft antes de aceptar.',
  'consent.permissions.other': '{name} (en palabras de Microsoft)',
  'consent.permission.sign-in': 'iniciar tu sesión en la aplicación',
  'consent.permission.profile': 'ver tu perfil básico: tu nombre, tu dirección de correo y tu foto',
  'consent.permission.email-address': 'ver tu dirección de correo',
  'consent.permission.mail-read': 'leer tu correo',
  'consent.permission.mail-read-send': 'leer y enviar tu correo',
  'consent.permission.mail-write': 'leer, cambiar y eliminar tu correo',
  'consent.permission.mail-send': 'enviar correo en tu nombre',
  'consent.permission.mailbox-full': 'leer, enviar y eliminar el correo de tu buzón',
  'consent.permission.files-read': 'ver todos tus archivos',
  'consent.permission.files-write': 'ver, cambiar y eliminar todos tus archivos',
  'consent.permission.contacts-read': 'ver tus contactos',
  'consent.permission.contacts-write': 'ver, cambiar y eliminar tus contactos',
  'consent.permission.calendar-read': 'ver tu calendario',
  'consent.permission.calendar-write': 'ver y cambiar tu calendario',
  'consent.permission.chat': 'leer tus chats',
  'consent.permission.notes': 'leer tus blocs de notas de OneNote',
  'consent.permission.people': 'ver a las personas con las que trabajas y sus perfiles',
  'consent.permission.directory':
    'leer el directorio de tu organización: sus personas, grupos y más',
  'consent.permission.offline': 'conservar este acceso cuando no estés usando la aplicación',
  'consent.warning.title': 'No aceptes si no conoces esta aplicación',
  'consent.warning.body':
    'Una aplicación cuyo editor nadie ha verificado pide tu correo, tus archivos, tus contactos o un acceso que dura. Los estafadores envían enlaces a esta misma página: es la página real de Microsoft, y aceptar les da tus datos sin tu contraseña.',
  'consent.warning.action':
    'Elige Cancelar en la página de Microsoft. Si ya aceptaste una aplicación así, quítale el acceso:',
  'consent.calm':
    'Microsoft pregunta esto la primera vez que usas una aplicación con tu cuenta. Acepta si querías usar esta aplicación; puedes quitarle el acceso más tarde.',
  'consent.remove.link': 'Ver y quitar las aplicaciones con acceso a tu cuenta',
  'consent.later.heading': '¿Has cambiado de opinión?',
  'consent.later.p1':
    'Puedes ver en cualquier momento todas las aplicaciones con acceso a tu cuenta y quitar cualquiera de ellas.',

  'sign-up.no-password.heading': 'No hace falta contraseña',
  'sign-up.no-password.p1':
    'Las cuentas Microsoft nuevas no necesitan contraseña: confirmas tu correo con un código y después Microsoft te ofrece una clave de acceso. El medidor de seguridad de Account Helper solo aparece si Microsoft te pide crear una contraseña.',
  'sign-up.coach.skipped': 'No se pidió:',
  'sign-up.step.email-code.label': 'Escribir el código enviado a tu correo',
  'sign-up.step.email-code.detail':
    'Microsoft envía un código a la dirección que diste para comprobar que es tuya. Abre ese buzón y escribe aquí el código. Conserva esa dirección: con ella inicias sesión y recuperas el acceso.',
  'sign-up.step.name.label': 'Indicar tu nombre',
  'sign-up.step.name.detail':
    'Aparece en los correos que envías y en las aplicaciones de Microsoft. Puedes cambiarlo más adelante.',
  'sign-up.step.details.label': 'Indicar tu fecha de nacimiento y tu país o región',
  'sign-up.step.details.detail':
    'Indica tu fecha de nacimiento real: Microsoft puede pedirla para recuperar la cuenta, y decide si se aplican las reglas de las cuentas infantiles. El país o la región determina qué reglas y servicios se aplican a ti.',
  'sign-up.step.puzzle.label': 'Demostrar que eres una persona',
  'sign-up.step.puzzle.detail':
    'Un pequeño acertijo, o un botón que hay que mantener pulsado, impide que los robots creen cuentas. Sigue sus indicaciones; su opción de accesibilidad ofrece en su lugar un desafío de audio.',
  'sign-up.step.passkey.label': 'Crear una clave de acceso',
  'sign-up.step.passkey.detail':
    'Recomendado: crea una y, a partir de entonces, inicia sesión con tu cara, tu huella digital o tu PIN. «Omitir por ahora» también está bien: puedes añadir una más tarde en tu información de seguridad.',
  'sign-up.step.stay-signed-in.label': '¿Mantener la sesión iniciada?',
  'sign-up.step.stay-signed-in.detail':
    'Elige «Sí» solo en tu propio dispositivo, que no usa nadie más. En un equipo compartido o público, elige «No».',
  'passkey.what.heading': 'Qué es una clave de acceso',
  'passkey.what.p1':
    'Una clave de acceso sustituye a una contraseña. La desbloqueas con tu cara, tu huella digital o el PIN de tu dispositivo: no hay nada que recordar ni escribir, y un sitio de imitación no puede sacártela con engaños.',
  'passkey.where.p1':
    'Se guarda en este dispositivo (en Windows Hello, por ejemplo), en tu teléfono o en un administrador de contraseñas que mantiene las claves de acceso en todos tus dispositivos. Una clave de acceso guardada en un solo dispositivo se pierde con él.',
  'passkey.second.heading': 'Ten una segunda forma de iniciar sesión',
  'passkey.second.p1':
    'Añade también otra forma: una clave de acceso en otro dispositivo, la aplicación Microsoft Authenticator, o un correo o número de teléfono de recuperación. Con una sola forma, perder ese teléfono u ordenador puede dejarte fuera de la cuenta.',
  'sign-in.device.heading': '¿Estás configurando un PC, una consola o un teléfono?',
  'sign-in.device.p1':
    'Inicia sesión con la cuenta Microsoft que ya usas, para que tus archivos, compras y juegos te sigan. Windows también ofrece una cuenta local, que se queda en ese único PC. Una cuenta profesional o educativa va en un dispositivo personal en «Obtener acceso a trabajo o escuela», no como su cuenta principal.',
  'sign-in.passkey.heading': 'Iniciar sesión con una clave de acceso',
  'sign-in.passkey.p1':
    'Tu navegador te pide la cara, la huella digital, el PIN o la llave de seguridad. Si la clave de acceso está en tu teléfono, elige la opción del teléfono y escanea con él el código QR. ¿No tienes una clave de acceso aquí? Elige «Otras formas de iniciar sesión».',
  'sign-in.other-ways.heading': 'Otras formas de iniciar sesión',
  'sign-in.other-ways.p1':
    'Microsoft muestra las formas configuradas para esta cuenta: un código por correo o SMS, la aplicación Authenticator, una clave de acceso o una contraseña. Elige una que puedas usar ahora mismo. Si ninguna funciona, elige «¿No puedes acceder a tu cuenta?» en lugar de crear una cuenta nueva.',
  'sign-in.number.heading': 'Aprobar en la aplicación Authenticator',
  'sign-in.number.p1':
    'Escribe el número que aparece aquí en tu aplicación Authenticator y aprueba allí el inicio de sesión.',
  'sign-in.number.p2':
    'Si no has iniciado sesión tú, deniégalo en la aplicación: puede que alguien conozca tu contraseña. Después cámbiala y revisa tus métodos de inicio de sesión.',
  'sign-in.code.heading': 'Escribir el código',
  'sign-in.code.p1':
    'Microsoft ha enviado un código al correo, teléfono o aplicación que se muestra. Escríbelo solo aquí, en la página de Microsoft: Microsoft nunca llama ni escribe para pedírtelo.',
  'sign-in.kmsi.heading': '¿Mantener la sesión iniciada?',
  'sign-in.kmsi.p1':
    '«Sí» mantiene la sesión iniciada en este navegador. Elígelo solo en tu propio dispositivo; en un equipo compartido o público, elige «No».',
  'security-info.add-next.heading': 'Qué añadir a continuación',
  'security-info.add-next.p1':
    'Ten al menos dos formas de iniciar sesión que no dependan del mismo dispositivo: una segunda clave de acceso (en tu teléfono o en un administrador de contraseñas) o la aplicación Authenticator en otro dispositivo, y un correo o número de teléfono de recuperación al que tengas acceso.',
  'security-info.last-way.heading': 'Es la única forma que aparece',
  'security-info.last-way.p1':
    'Quitarla puede dejarte fuera de la cuenta. Añade primero otra forma, comprueba que funciona y solo entonces quita esta.',
  'security-info.remove.heading': 'Antes de quitar una forma de iniciar sesión',
  'security-info.remove.p1':
    'Añade primero la forma nueva y comprueba que funciona. Quitar la última forma que aún puedes usar puede dejarte fuera de la cuenta.',
  'password-reset.new-password.heading': 'Elegir la nueva contraseña',
  'password-reset.new-password.p1':
    'Elige una que no hayas usado nunca, ni aquí ni en ningún otro sitio. O deja atrás las contraseñas: cuando vuelvas a entrar, añade una clave de acceso en tu información de seguridad e inicia sesión con tu cara, tu huella digital o tu PIN.',
});
