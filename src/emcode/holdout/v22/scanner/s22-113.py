class Notifier:
    def __init__(self, config):
        self.config = config

    def render(self, template: str, user) -> str:
        return template.format(user=user, notifier=self)
