from string import Template


class Notifier:
    def __init__(self, secret_key):
        self.secret_key = secret_key

    def render(self, template: str, user) -> str:
        values = {"name": str(user.name), "email": str(user.email)}
        return Template(template).safe_substitute(values)
