import string


class Config:
    def __init__(self, db_password):
        self.db_password = db_password


def render_subject(user_template, cfg, **fields):
    return string.Formatter().vformat(user_template, (), {"cfg": cfg, **fields})
