CONFIG = {"site": "Parish", "smtp_password": "from-env-at-startup"}


def render_footer(fmt: str) -> str:
    return fmt % CONFIG
