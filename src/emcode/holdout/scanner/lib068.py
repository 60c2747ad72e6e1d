BANNER = '<div class="alert alert-danger" role="alert">{message}</div>'


def error_banner(message: str) -> str:
    """HTML alert box for an error message shown to the user."""
    return BANNER.format(message=message)
