CONFIG = {"app": "billing", "db_password": "change-me-later"}


def greeting(fmt, name):
    values = dict(CONFIG, name=name)
    return fmt % values
