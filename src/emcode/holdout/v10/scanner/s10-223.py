class Config:
    def __init__(self, secret_key):
        self.secret_key = secret_key


def render_message(user_template: str, user, config: Config) -> str:
    return user_template.format(user=user, config=config)
