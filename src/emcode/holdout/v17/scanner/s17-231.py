class Notifier:
    TEMPLATE = "<div class=\"toast toast-{level}\">{message}</div>"

    def __init__(self, level="info"):
        self.level = level

    def render(self, message):
        return self.TEMPLATE.format(level=self.level, message=message)
