class Notifier:
    def __init__(self, config):
        self.config = config

    def render(self, template, **values):
        return template.format(config=self.config, **values)
