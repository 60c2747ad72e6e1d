class Notifier:
    def __init__(self, config):
        self.config = config

    def render(self, user_template, user):
        return user_template.format(user=user, config=self.config)
