class Notifier:
    def __init__(self, config):
        self.config = config

    def render(self, template: str, user) -> str:
        """Templates are written by tenants in the admin UI."""
        return template.format(user=user, notifier=self)
