class Config:
    def __init__(self, secret_key):
        self.secret_key = secret_key


CONFIG = Config("prod-signing-key")


def render_message(template, user):
    return template.format(user=user, cfg=CONFIG)
