export function Welcome() {
  return (
    <main class="page">
      <h1>Welcome to Account Helper</h1>
      <p>Account Helper looks after your Microsoft accounts, right in your browser:</p>
      <ul>
        <li>
          It tells you when a sign-in page really belongs to Microsoft, and warns you when a page
          only pretends to.
        </li>
        <li>
          It helps you find out whether an email address already is a Microsoft account, so you
          don’t create a second one by mistake.
        </li>
        <li>It reminds you to keep your recovery email, phone and two-step settings current.</li>
      </ul>
      <h2>Your privacy</h2>
      <p>
        Everything stays on this device. Account Helper never reads or stores your passwords and
        sends nothing anywhere unless you ask it to check an address with Microsoft.
      </p>
      <p>
        Click the Account Helper button in your toolbar on any Microsoft sign-in page to see what it
        found.
      </p>
    </main>
  );
}
