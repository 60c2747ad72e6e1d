class Config:
    def __init__(self, secret_key, site_name):
        self.secret_key = secret_key
        self.site_name = site_name


def render_greeting(template: str, user, config: Config) -> str:
    return template.format(user=user, config=config)
