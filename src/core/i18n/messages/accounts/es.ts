import { translation } from '../../catalog';
import type { ACCOUNTS_EN } from './en';

export const ACCOUNTS_ES = translation<typeof ACCOUNTS_EN>()({
  'address.empty': 'Escribe una dirección de correo electrónico o un número de teléfono.',
  'address.missing-at':
    'Una dirección de correo necesita una @ entre el nombre y el dominio, como jane@outlook.com.',
  'address.missing-at.domain-only':
    'Esto parece solo el final de una dirección. Añade tu nombre y una @ delante, como jane@{domain}.',
  'address.quoted-local-part':
    'Esta dirección tiene comillas antes de la @. Es poco habitual y las cuentas Microsoft no lo aceptan.',
  'address.contains-space':
    'Las direcciones de correo no pueden tener espacios. Comprueba si hay un espacio antes o después de la @.',
  'address.multiple-at': 'Hay más de una @. Una dirección de correo tiene exactamente una.',
  'address.empty-local-part': 'Falta la parte antes de la @, como «jane» en jane@outlook.com.',
  'address.empty-domain': 'Falta la parte después de la @, como «outlook.com» en jane@outlook.com.',
  'address.address-too-long':
    'Esta dirección es demasiado larga. Las direcciones de correo tienen como máximo 254 caracteres.',
  'address.local-non-ascii':
    'La parte antes de la @ tiene letras con tilde o no latinas. El inicio de sesión de Microsoft solo admite ahí letras sencillas, números y algunos símbolos.',
  'address.local-bad-character': 'La parte antes de la @ no puede contener {character}.',
  'address.domain-bad-character': 'La parte después de la @ no puede contener {character}.',
  'address.character.quotes': 'comillas',
  'address.character.control': 'caracteres de control invisibles',
  'address.character.other': 'el carácter «{character}»',
  'address.local-leading-dot': 'La parte antes de la @ no puede empezar por un punto.',
  'address.local-trailing-dot':
    'La parte antes de la @ no puede terminar en punto. ¿Sobra un punto justo antes de la @?',
  'address.local-double-dot':
    'La parte antes de la @ tiene dos puntos seguidos. Debería haber solo uno.',
  'address.local-too-long':
    'La parte antes de la @ es demasiado larga: puede tener como máximo 64 caracteres.',
  'address.domain-ip-address':
    'La parte después de la @ es una dirección de red. Las cuentas Microsoft necesitan un nombre de dominio como outlook.com.',
  'address.domain-invalid-idn':
    'La parte después de la @ tiene letras que no se pueden usar en un nombre de dominio.',
  'address.domain-too-long':
    'La parte después de la @ es demasiado larga: los nombres de dominio tienen como máximo 253 caracteres.',
  'address.label-too-long':
    'Un fragmento del dominio, entre los puntos, supera los 63 caracteres permitidos.',
  'address.label-hyphen':
    'Un fragmento del dominio empieza o termina con un guion, algo que los nombres de dominio no permiten.',
  'address.domain-bad-ending':
    'El dominio no puede terminar en «.{ending}». Debería terminar, por ejemplo, en .com o .es.',
  'address.domain-leading-dot': 'La parte después de la @ no puede empezar por un punto.',
  'address.domain-trailing-dot': 'La dirección no puede terminar en punto.',
  'address.domain-double-dot':
    'La parte después de la @ tiene dos puntos seguidos. Debería haber solo uno.',
  'address.domain-missing-dot':
    'La parte después de la @ necesita un punto, como outlook.com o ejemplo.es.',
  'address.phone-too-short':
    'Parece un número de teléfono, pero es demasiado corto. Comprueba que no falten dígitos.',
  'address.phone-too-long':
    'Parece un número de teléfono, pero tiene demasiados dígitos. Los números de teléfono tienen como máximo 15.',

  'account.reason.phone-sign-in':
    'Un número de teléfono puede ser el nombre de inicio de sesión de una cuenta Microsoft, a menudo de una creada en un teléfono o, en el pasado, para Skype. El número por sí solo no nos dice si lo es.',
  'account.reason.phone-no-country-code':
    'Añade el prefijo de tu país al principio, como +34 o +52, para que coincida con cómo lo guardó Microsoft.',
  'account.reason.consumer-domain':
    'Toda dirección @{domain} es una cuenta Microsoft personal. Si esta dirección es tuya, ya tienes una.',
  'account.reason.plus-alias': 'La parte después del + es un alias. La cuenta en sí es {base}.',
  'account.reason.tenant-domain':
    'Las direcciones que terminan en .{suffix} las crea una organización para sus cuentas profesionales o educativas.',
  'account.reason.tenant-domain-incomplete':
    'Las direcciones profesionales o educativas son como nombre@tuorganizacion.{domain}. Aquí falta el nombre de la organización.',
  'account.reason.any-address':
    'Una dirección @{domain} puede ser una cuenta personal, una cuenta profesional o educativa, o todavía no ser una cuenta Microsoft. Cualquier dirección de correo puede convertirse en una.',
  'account.reason.other-provider':
    'Una dirección @{domain} no puede ser una cuenta profesional o educativa, pero sí una cuenta personal de Microsoft: cualquier dirección de correo puede llegar a serlo.',
  'account.reason.microsoft-subdomain':
    '{domain} forma parte del sitio web de Microsoft, no es un dominio de correo. Las direcciones de correo de Microsoft terminan simplemente en @{parent}.',
  'account.reason.lookalike-domain':
    '{domain} solo se parece a {imitated}. Es otro dominio, no una dirección de Microsoft.',
  'account.reason.possible-typo':
    '{domain} no es una dirección de Microsoft. ¿Quisiste decir {suggestion}?',
  'account.reason.unlisted-microsoft-name':
    '{domain} no está en nuestra lista de dominios de correo de Microsoft, aunque el nombre lo parezca. Si de verdad es tu dirección, iniciar sesión con ella te lo dirá.',

  'account.reason.in-your-accounts.personal':
    'Esta dirección está en tu lista de cuentas, como cuenta personal.',
  'account.reason.in-your-accounts.work-school':
    'Esta dirección está en tu lista de cuentas, como cuenta profesional o educativa.',
  'account.reason.in-your-accounts.both':
    'Esta dirección está en tu lista de cuentas, como cuenta personal y como cuenta profesional o educativa.',
  'account.reason.in-your-accounts': 'Esta dirección está en tu lista de cuentas.',
  'account.reason.seen-signing-in':
    'Ya has escrito esta dirección en una página real de inicio de sesión de Microsoft, así que probablemente es una cuenta Microsoft.',
  'account.reason.no-hints':
    'Nada de lo que nos has contado apunta a una cuenta Microsoft con esta dirección. Cualquier dirección puede convertirse en una, así que vale la pena comprobarlo.',
  'account.reason.used':
    'Has usado {service}. Si usaste esta dirección allí, ya es una cuenta Microsoft. {where}',

  'question.outlook-hotmail.service': 'Outlook.com o Hotmail',
  'question.outlook-hotmail':
    '¿Has tenido alguna vez una dirección de correo de Outlook.com, Hotmail, Live o MSN?',
  'question.outlook-hotmail.where':
    'Esa dirección de correo es en sí tu cuenta Microsoft. Búscala en tus contactos, en mensajes antiguos o en un teléfono que configuraste con ella.',
  'question.onedrive.service': 'OneDrive',
  'question.onedrive': '¿Has guardado archivos en OneDrive?',
  'question.onedrive.where':
    'Abre la aplicación de OneDrive, ve a Configuración y luego a Cuenta: la dirección que aparece ahí es la que usaste.',
  'question.skype.service': 'Skype',
  'question.skype': '¿Usaste Skype alguna vez (antes de que cerrara en mayo de 2025)?',
  'question.skype.where':
    'Skype mostraba tu dirección de inicio de sesión en tu perfil. Si iniciabas sesión con un nombre de Skype, ese nombre también estaba vinculado a una cuenta Microsoft.',
  'question.xbox.service': 'Xbox',
  'question.xbox': '¿Has jugado en una Xbox o con Xbox en un PC?',
  'question.xbox.where':
    'En la consola, abre Configuración y luego Cuenta: ahí aparece tu dirección de inicio de sesión.',
  'question.windows-phone.service': 'Windows Phone',
  'question.windows-phone': '¿Has tenido un Windows Phone?',
  'question.windows-phone.where':
    'En el teléfono, abre Configuración y luego Correo + cuentas: ahí aparece la cuenta Microsoft.',
  'question.office.service': 'Office o Microsoft 365',
  'question.office':
    '¿Has iniciado sesión en Office o Microsoft 365, en casa, en el trabajo o en clase?',
  'question.office.where':
    'En cualquier aplicación de Office, como Word, abre Archivo y luego Cuenta: ahí aparece la dirección con la que iniciaste sesión.',
  'question.windows-sign-in.service': 'Windows',
  'question.windows-sign-in':
    '¿Inicias sesión en un equipo con Windows con una dirección de correo electrónico?',
  'question.windows-sign-in.where':
    'En el equipo, abre Configuración, luego Cuentas y luego Tu información: la dirección aparece debajo de tu nombre.',

  'lookup.timeout':
    'Microsoft ha tardado demasiado en responder. Vuelve a intentarlo en un momento.',
  'lookup.timeout.reason': 'Sin respuesta en {seconds} segundos.',
  'lookup.network':
    'No hemos podido contactar con Microsoft. Comprueba que tienes conexión y vuelve a intentarlo.',
  'lookup.network.reason': 'La solicitud no llegó.',
  'lookup.throttled':
    'Microsoft nos ha pedido que vayamos más despacio. Espera unos minutos antes de volver a comprobarlo.',
  'lookup.throttled.http-429': 'Microsoft ha respondido «demasiadas solicitudes».',
  'lookup.throttled.status': 'Microsoft ha dicho que ahora está limitando las consultas.',
  'lookup.exists-both':
    'Esta dirección tiene dos cuentas Microsoft: una personal y una profesional o educativa.',
  'lookup.exists-both.reason':
    'Microsoft conoce esta dirección tanto en su inicio de sesión personal como en el profesional o educativo.',
  'lookup.not-found':
    'Microsoft no conoce esta dirección como nombre de inicio de sesión. Quizá usaste otra dirección o tu número de teléfono, o puedes convertir esta en una cuenta Microsoft.',
  'lookup.not-found.reason': 'Microsoft ha dicho que ninguna cuenta usa esta dirección.',
  'lookup.unknown': 'La respuesta de Microsoft no dice ni sí ni no. Vuelve a intentarlo más tarde.',
  'lookup.unknown.missing': 'La respuesta no incluía ningún resultado sobre la cuenta.',
  'lookup.unknown.code':
    'La respuesta tenía un código de resultado ({code}) que no interpretamos como sí ni como no.',
  'lookup.exists-personal': 'Buenas noticias: esta dirección ya es una cuenta Microsoft personal.',
  'lookup.exists-personal.reason': 'Microsoft conoce esta dirección como cuenta personal.',
  'lookup.exists-work-school':
    'Esta dirección ya es una cuenta profesional o educativa, gestionada por una organización.',
  'lookup.exists-work-school.reason':
    'Microsoft conoce esta dirección como cuenta profesional o educativa.',
  'lookup.federated': 'La organización te hace iniciar sesión en su propia página, en {host}.',
  'lookup.unmanaged-organisation':
    'Esta cuenta profesional se creó al registrarse con una dirección del trabajo, no la configuró un departamento de TI.',
  'lookup.http.server':
    'La consulta de Microsoft tiene problemas ahora mismo. Vuelve a intentarlo dentro de unos minutos.',
  'lookup.http.refused': 'Microsoft ha rechazado la consulta. Vuelve a intentarlo más tarde.',
  'lookup.http.reason': 'Microsoft ha respondido con el error {status}.',
  'lookup.malformed':
    'No hemos entendido la respuesta de Microsoft. Vuelve a intentarlo más tarde.',
  'lookup.malformed.empty': 'La respuesta estaba vacía.',
  'lookup.malformed.json': 'La respuesta no era JSON válido.',
  'lookup.malformed.shape': 'La respuesta no tenía la forma que esperamos.',

  'lookup.refused.phone-number':
    'Solo se puede preguntar a Microsoft por direcciones de correo. Para comprobar un número de teléfono, prueba a iniciar sesión con él.',
  'lookup.refused.lookups-off':
    'Preguntar a Microsoft está desactivado en la configuración de Account Helper.',
  'lookup.refused.by-organisation':
    'Tu organización ha desactivado las consultas a Microsoft sobre direcciones.',
  'lookup.refused.rate-limited':
    'Has preguntado varias veces en poco tiempo. Para no saturar a Microsoft, espera {wait} y vuelve a intentarlo.',
  'wait.seconds.one': '{count} segundo',
  'wait.seconds.other': '{count} segundos',
  'wait.minute': 'un minuto',
  'wait.minutes': '{count} minutos',
});
