"""The admin console's sign-in (Entra ID through msal, or a local admin in dev mode), its session
and CSRF protection, and the queries behind its directory and audit pages."""
