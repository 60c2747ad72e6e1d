from string import Template


class Notifier:
    def render(self, user_template: str, user) -> str:
        return Template(user_template).safe_substitute(name=str(user.name), plan=str(user.plan))
