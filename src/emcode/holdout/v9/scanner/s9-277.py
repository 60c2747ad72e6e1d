from markupsafe import Markup


def error_banner(message: str) -> Markup:
    return Markup('<div class="alert alert-danger">{}</div>').format(message)
