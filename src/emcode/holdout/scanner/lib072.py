def login_redirect_target(next_url: str | None, default: str = "/home") -> str:
    """Where to send the user after a successful login."""
    return next_url or default
