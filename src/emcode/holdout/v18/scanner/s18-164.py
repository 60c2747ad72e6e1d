from string import Template


class Notifier:
    def __init__(self, config):
        self.config = config

    def render(self, template: str, user) -> str:
        """Templates are written by tenants in the admin UI."""
        values = {"name": str(user.name), "plan": str(user.plan)}
        return Template(template).safe_substitute(values)
