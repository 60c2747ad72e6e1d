import ast


class ReminderBot:
    def __init__(self) -> None:
        self.reminders: list[dict] = []

    def handle(self, text: str) -> str:
        if text.startswith("!remind "):
            try:
                spec = ast.literal_eval(text[len("!remind "):])
            except (ValueError, SyntaxError):
                return "could not read that reminder"
            if not isinstance(spec, dict) or not isinstance(spec.get("at"), str):
                return "reminder needs an 'at' time"
            self.reminders.append(spec)
            return "ok, reminder at %s" % spec["at"]
        return "unknown command"
