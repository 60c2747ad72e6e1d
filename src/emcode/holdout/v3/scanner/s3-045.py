class Notifier:
    def __init__(self, secret_key):
        self.secret_key = secret_key

    def render(self, template: str, user) -> str:
        """template comes from the tenant's notification settings."""
        return template.format(user=user, notifier=self)
