CONFIG = {"db_password": "not-shown", "site": "seedbank"}


def render_banner(fmt):
    return fmt % CONFIG
