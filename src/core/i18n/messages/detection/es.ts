import { translation } from '../../catalog';
import type { DETECTION_EN } from './en';

export const DETECTION_ES = translation<typeof DETECTION_EN>()({
  'verdict.microsoft': 'Esta es una página auténtica de Microsoft',
  'verdict.lookalike': 'Cuidado: esta página imita a Microsoft',
  'verdict.other': 'Esta no es una página de inicio de sesión de Microsoft',

  'page-kind.sign-in': 'Página de inicio de sesión',
  'page-kind.sign-up': 'Página para crear una cuenta',
  'page-kind.password-reset': 'Página para restablecer la contraseña',
  'page-kind.account-recovery': 'Página de recuperación de la cuenta',
  'page-kind.security-info': 'Página de información de seguridad',
  'page-kind.account-home': 'Resumen de la cuenta',
  'page-kind.sign-out': 'Página de cierre de sesión',
  'page-kind.device-code': 'Página de inicio de sesión de un dispositivo',
  'page-kind.consent': 'Solicitud de permisos de una aplicación',

  'service.microsoft-account': 'Cuenta Microsoft personal',
  'service.work-school': 'Cuenta profesional o educativa (Microsoft Entra ID)',
  'service.us-government': 'Nube del Gobierno de EE. UU.',
  'service.china': 'Nube de Microsoft en China (21Vianet)',

  'reason.official-microsoft-host': 'Esta es una dirección oficial de Microsoft ({host}).',
  'reason.not-https':
    'Esta es una dirección de Microsoft, pero la conexión no es segura (sin https), así que no podemos garantizar esta página.',
  'reason.unusual-port':
    'Esta dirección de Microsoft usa un número de puerto poco habitual, así que no podemos garantizar esta página.',
  'reason.user-content-host':
    'Cualquiera puede publicar páginas en {suffix}, así que esta nunca es una página oficial de inicio de sesión de Microsoft.',
  'reason.typo-of-microsoft-host':
    'La dirección {host} se parece mucho a la dirección real de Microsoft, {official}.',
  'reason.typo-of-brand-name': 'El nombre «{word}» es una falta de ortografía de «{brand}».',
  'reason.confusable-characters':
    'El nombre «{word}» usa letras o números parecidos para hacerse pasar por «{brand}».',
  'reason.punycode-confusable':
    'La dirección usa letras de otro alfabeto («{word}») para parecer «{brand}».',
  'reason.brand-in-subdomain':
    'La dirección empieza por «{brand}», pero el sitio al que pertenece en realidad es {site}.',
  'reason.brand-in-hyphenated-domain':
    'El nombre del sitio {site} toma prestado el nombre «{brand}», pero no es de Microsoft.',
  'reason.brand-in-domain-name':
    'El sitio {site} usa el nombre «{brand}», pero no es de Microsoft.',
  'reason.sign-in-words-with-brand':
    'La dirección combina un nombre de Microsoft con palabras como «login» o «verify», un truco habitual.',
  'reason.userinfo-trick':
    'La dirección oculta el sitio real: todo lo que va antes de la «@» se ignora, así que en realidad estarías en {site}.',
  'reason.microsoft-host-in-path':
    'La dirección menciona {host} más adelante, pero la página viene en realidad de {site}.',
  'reason.sign-in-path-on-foreign-host':
    'Esta dirección copia la forma de las direcciones de inicio de sesión de Microsoft, pero está en {site}.',
  'reason.free-hosting-with-brand':
    'Esta página está en {suffix}, donde cualquiera puede crear un sitio web, y usa el nombre «{brand}».',
  'reason.cloned-sign-in-page':
    'Esta página parece una página de inicio de sesión de Microsoft, pero está en {site}, que no es una dirección de Microsoft. No escribas aquí tu contraseña.',
  'reason.microsoft-form-fields':
    'El formulario de esta página está hecho como el formulario de inicio de sesión de Microsoft.',
  'reason.microsoft-sign-in-wording':
    'La página copia los textos de las páginas de inicio de sesión de Microsoft.',
  'reason.microsoft-logo': 'La página muestra el logotipo de Microsoft.',
  'reason.microsoft-sign-in-assets':
    'La página toma imágenes o estilos de las páginas reales de inicio de sesión de Microsoft.',
  'reason.credential-form':
    'La página pide una dirección de correo electrónico, un número de teléfono o una contraseña.',
  'reason.owa-copy':
    'Esta página es una copia de la página de inicio de sesión de Outlook Web App, pero está en {site}, no en el servidor de correo de tu organización ni en Microsoft. No escribas aquí tu contraseña.',
  'reason.shared-document-lure':
    'Esta página es un señuelo de documento compartido: dice que alguien compartió un archivo contigo y pide tu contraseña de Microsoft para mostrarlo, pero está en {site}, no en una dirección de Microsoft. No escribas aquí tu contraseña.',
  'reason.screenshot-sign-in-page':
    'Esta página es una imagen de una página de inicio de sesión de Microsoft con casillas superpuestas, en {site}, no en una dirección de Microsoft. No escribas aquí tu contraseña.',
  'reason.account-alert-lure':
    'Falso aviso de Microsoft en {site}, para quitarte la contraseña. No la escribas aquí.',
  'reason.fake-browser-window':
    'Esta página dibuja una ventana de inicio de sesión falsa con una dirección de Microsoft, pero en realidad está en {site}. No escribas aquí tu contraseña.',
  'reason.sends-to-outside-service':
    'El propio código de la página envía lo que escribe a un servicio externo ({service}), como hacen los kits de phishing.',
  'reason.microsoft-name-in-address':
    'La dirección usa el nombre «{word}», pero el sitio es {site}, no el de Microsoft.',
  'reason.disguised-text':
    'La página disfraza el nombre de Microsoft con letras parecidas o caracteres invisibles, un truco para esquivar los filtros.',
  'reason.script-built-page':
    'La página se escribe a partir de código ofuscado, un truco para esconderse de los controles de seguridad.',
  'reason.saved-copy-of-microsoft-page':
    'El código fuente de la página indica que se guardó o copió de una página de Microsoft.',
  'reason.organisation-sign-in-page':
    'Parece la página de inicio de sesión propia de una organización (software de Microsoft que ella misma gestiona, como AD FS u Outlook Web App), no la de Microsoft. Inicie sesión solo si es su organización.',
  'reason.tenant-not-allowed.id':
    'Esta es la página real de inicio de sesión de Microsoft, pero te conecta a la organización con el id. de inquilino {tenant}, no a una que use tu organización. Continúa solo si esperabas iniciar sesión allí.',
  'reason.tenant-not-allowed.domain':
    'Esta es la página real de inicio de sesión de Microsoft, pero te conecta a la organización {tenant}, no a una que use tu organización. Continúa solo si esperabas iniciar sesión allí.',
  'reason.tenant-not-allowed.other':
    'Esta es la página real de inicio de sesión de Microsoft, pero te conecta a otra organización, no a una que use tu organización. Continúa solo si esperabas iniciar sesión allí.',
  // Shared content on Microsoft's hosts, the next hop, the organisation's sign-in page (issue 16)
  'reason.shared-content-password':
    'Esta página está en {product}, donde cualquiera con una cuenta de Microsoft puede publicar, y pide una contraseña. Microsoft nunca pide tu contraseña dentro de un archivo, formulario o sitio compartido.',
  'reason.shared-content-code':
    'Esta página está en {product}, donde cualquiera con una cuenta de Microsoft puede publicar, y pide un código de un solo uso. Nunca escribas un código que te hayan enviado en un archivo, formulario o sitio compartido.',
  'reason.shared-content-question':
    'Una pregunta de este formulario ({product}) pide una contraseña, un código o tus datos de acceso. Quien creó el formulario los recibiría: Microsoft nunca los pide en un formulario.',
  'reason.shared-content-sign-in-copy':
    'Esta página en {site} se parece a la página de inicio de sesión de Microsoft, pero la publicó en {product} alguien con una cuenta de Microsoft, no Microsoft.',
  'reason.opened-from-shared-content':
    'Abriste esta página desde un archivo o una página compartidos en {source}. Un archivo compartido que te lleva a una página de inicio de sesión es un truco clásico.',
  'reason.opened-from-webmail':
    'Abriste esta página desde tu correo ({source}). Un enlace en un correo que lleva a una página que pide iniciar sesión es como empieza la mayoría del phishing.',
  'reason.imitates-organisation-sign-in':
    'Esta página se parece a la página de inicio de sesión de tu organización ({org}), pero está en {site}, no en la dirección a la que te envió Microsoft.',
  'shared-content.notice':
    'Alguien con una cuenta de Microsoft publicó esto en {product}, no Microsoft.',
  'shared-content.trick':
    'Un archivo que te pide volver a iniciar sesión para verlo es un truco clásico: si esta página te lleva a una página de inicio de sesión o te pide la contraseña, ciérrala.',
  'org-sign-in.reached':
    'La página de inicio de sesión de tu organización ({organisation}), a la que llegaste desde Microsoft.',
  'org-sign-in.listed':
    'La página de inicio de sesión de tu organización ({organisation}), tal como la indica tu organización.',
});
