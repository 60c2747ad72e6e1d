import html


class Notifier:
    TEMPLATE = "<div class=\"toast toast-{level}\">{message}</div>"
    LEVELS = ("info", "warning", "error")

    def __init__(self, level: str = "info"):
        self.level = level if level in self.LEVELS else "info"

    def render(self, message: str) -> str:
        return self.TEMPLATE.format(level=self.level, message=html.escape(message))
