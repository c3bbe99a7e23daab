export function LeftLookalike() {
  return (
    <main class="page">
      <h1>You left a page that pretended to be Microsoft</h1>
      <p>Account Helper took this tab away from it.</p>
      <p>
        If you entered a password there earlier, change it now from a page you reach yourself: type{' '}
        <strong>account.microsoft.com</strong> into the address bar, sign in, and open{' '}
        <em>Security</em>.
      </p>
      <p class="muted">
        Microsoft signs you in only on its own addresses, such as login.live.com and
        login.microsoftonline.com.
      </p>
    </main>
  );
}
