class Config:
    def __init__(self, secret_key):
        self.secret_key = secret_key
        self.site = "acme"


def render_subject(user_template, cfg, name):
    return user_template.format(cfg=cfg, name=name)
