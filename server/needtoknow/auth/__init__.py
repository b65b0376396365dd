"""Who is calling: Entra ID access tokens (Outlook add-in), API keys (scripts), Google ID tokens
(Gmail add-on). In dev mode (the default run) no token is needed."""


def init_app(app):
    pass
