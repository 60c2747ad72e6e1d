class User:
    def __init__(self, name, email):
        self.name, self.email = name, email


def render_greeting(template: str, user: User) -> str:
    return template.format(user=user)
