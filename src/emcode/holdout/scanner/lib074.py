from markupsafe import Markup


def error_banner(message: str) -> str:
    """HTML alert box for an error message shown to the user."""
    return str(Markup('<div class="alert alert-danger" role="alert">{}</div>').format(message))
