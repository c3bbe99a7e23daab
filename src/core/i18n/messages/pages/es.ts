import { translation } from '../../catalog';
import type { PAGES_EN } from './en';

export const PAGES_ES = translation<typeof PAGES_EN>()({
  'popup.checking': 'Comprobando esta página…',
  'popup.failed': 'Account Helper no ha podido leer el estado de esta página: {error}',
  'popup.not-checked':
    'Abre Account Helper en una página de inicio de sesión de Microsoft para comprobarla.',
  'popup.unchecked': 'Account Helper no puede comprobar esta página',
  'popup.more-reasons.one': '{count} motivo más',
  'popup.more-reasons.other': '{count} motivos más',
  'popup.recent': 'Vistas recientemente',
  'popup.settings-link': 'Configuración y tus datos',

  'sightings.none': 'Todavía no se ha visto ninguna página de inicio de sesión de Microsoft.',
  'when.just-now': 'ahora mismo',
  'when.minutes': 'hace {count} min',
  'error.generic': 'Algo ha salido mal.',

  'guard.heading': 'Protección contra imitaciones',
  'guard.on':
    'Activada: cada página que abres se comprueba por si es una página falsa de inicio de sesión de Microsoft.',
  'guard.required': 'Tu organización exige la protección contra imitaciones.',
  'guard.turn-off': 'Desactivar',
  'guard.required-missing':
    'Tu organización exige la protección contra imitaciones, pero tu navegador aún no la ha permitido. Actívala aquí abajo.',
  'guard.explanation':
    'Para avisarte de páginas falsas de inicio de sesión de Microsoft en cualquier sitio, Account Helper necesita mirar las páginas que abres; las comprueba en este dispositivo y no envía nada a ningún sitio.',
  'guard.refused': 'No se ha concedido el permiso, así que la protección sigue desactivada.',
  'guard.failed': 'Tu navegador no ha dejado que Account Helper cambie este permiso.',
  'guard.turn-on': 'Activar la protección contra imitaciones',

  'managed.heading': 'Administrado por tu organización',
  'managed.intro':
    'Tu organización ha configurado Account Helper para todas las personas que trabajan en ella:',
  'managed.ignored':
    'Algunos ajustes de tu organización para Account Helper no se han entendido ({names}). Donde uno de ellos decide algo, se aplica la opción más estricta. Tu administrador de TI puede corregirlos.',
  'managed.rule.lookups-off':
    'Comprobar una dirección con Microsoft («Preguntar a Microsoft») está desactivado.',
  'managed.rule.remember-off': 'Nunca se recuerdan las direcciones con las que inicias sesión.',
  'managed.rule.guard-required': 'La protección contra imitaciones es obligatoria.',
  'managed.rule.tenants':
    'Se señalan las páginas de inicio de sesión de Microsoft de organizaciones que no son la tuya. La tuya: {tenants}.',
  'managed.rule.sign-in-pages':
    'Las páginas de inicio de sesión propias de tu organización, donde nunca se avisa: {hosts}.',

  'welcome.title': 'Te damos la bienvenida a Account Helper',
  'welcome.intro': 'Account Helper cuida de tus cuentas Microsoft, directamente en tu navegador:',
  'welcome.genuine':
    'Te dice cuándo una página de inicio de sesión es realmente de Microsoft y te avisa cuando una página solo lo aparenta.',
  'welcome.existing':
    'Te ayuda a saber si una dirección de correo ya es una cuenta Microsoft, para que no crees una segunda por error.',
  'welcome.reminders':
    'Te recuerda mantener al día tu correo de recuperación, tu teléfono y la verificación en dos pasos.',
  'welcome.privacy.heading': 'Tu privacidad',
  'welcome.privacy':
    'Todo se queda en este dispositivo. Account Helper nunca guarda ni envía tus contraseñas y no manda nada a ningún sitio, salvo que le pidas comprobar una dirección con Microsoft.',
  'welcome.toolbar':
    'En cualquier página de inicio de sesión de Microsoft, haz clic en el botón de Account Helper de tu barra de herramientas para ver lo que ha encontrado.',

  'left.title': 'Has salido de una página que imitaba a Microsoft – Account Helper',
  'left.heading': 'Has salido de una página que se hacía pasar por Microsoft',
  'left.taken-away': 'Account Helper ha sacado esta pestaña de ella.',
  'left.change-password':
    'Si escribiste una contraseña allí, cámbiala ahora desde una página a la que llegues por tu cuenta: escribe {address} en la barra de direcciones, inicia sesión y abre {security}.',
  'left.security': 'Seguridad',
  'left.only-own':
    'Microsoft solo te hace iniciar sesión en sus propias direcciones, como login.live.com y login.microsoftonline.com.',
  'left.next.heading': 'Qué puedes hacer ahora',
  'left.next.account': 'Ir a account.microsoft.com',
  'left.next.close': 'Cerrar esta pestaña',

  'toolbar.microsoft': 'Account Helper: una página auténtica de Microsoft',
  'toolbar.lookalike': 'Account Helper: esta página imita a Microsoft',
  'toolbar.other': 'Account Helper',

  'warning.title': 'Esta página se hace pasar por Microsoft',
  'warning.summary':
    'No es una página de Microsoft. Todo lo que escribas aquí, sobre todo una contraseña o un código, podría ser robado.',
  'warning.advice':
    'Para iniciar sesión de forma segura, escribe directamente account.microsoft.com en la barra de direcciones.',
  'warning.leave': 'Salir de esta página',
  'warning.know': 'Sé lo que hago',
  'warning.proceed': 'Entiendo el riesgo, mostrar la página',
  'warning.chip': 'Account Helper: no es una página de Microsoft',
  // Denunciar una página; la protección en la página de bienvenida y en la ventana.
  'warning.report': 'Denunciar esta página a Microsoft',
  'warning.org-told':
    'Se avisa a tu organización cuando aparece esta advertencia: la dirección de la página y el motivo, nada sobre ti.',
  'popup.report': 'Denunciar a Microsoft',
  'managed.rule.report-endpoint':
    'Se avisa a tu organización cada vez que Account Helper te advierte de una página que imita a Microsoft (la dirección de la página y el motivo).',
  'guard.off-unprotected': 'Desactivada: las imitaciones no tienen aviso',
  'welcome.guard.what':
    'La protección contra imitaciones revisa las páginas que abres y te avisa, antes de que escribas nada, cuando una se hace pasar por la página de inicio de sesión de Microsoft.',
  'welcome.guard.never':
    'Las comprueba en este dispositivo: ninguna página, dirección ni nada de lo que escribes se envía nunca a ningún sitio.',
  'welcome.guard.org':
    'Tu organización ha pedido que se le avise de cada advertencia: la dirección de la página y el motivo.',
  'welcome.next.heading': 'Siguientes pasos',
  'welcome.next.accounts':
    'Añade tus cuentas de Microsoft en la configuración para que Account Helper te recuerde mantener al día su información de recuperación.',
  'welcome.next.accounts-link': 'Abrir la configuración',
  'welcome.next.pin':
    'Ancla Account Helper a tu barra de herramientas: abre el menú de extensiones del navegador (la pieza de puzle) y elige la chincheta junto a Account Helper.',
});
