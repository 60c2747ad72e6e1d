class Greeter:
    def __init__(self, config):
        self.config = config

    def greet(self, template: str, user) -> str:
        return template.format(user=user, app=self)
