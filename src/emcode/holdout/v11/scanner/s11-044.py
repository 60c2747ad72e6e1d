class Notifier:
    def __init__(self, config):
        self.config = config  # has .smtp_password, .api_key

    def render(self, template: str, user) -> str:
        return template.format(user=user, config=self.config)
