class ReminderBot:
    def __init__(self):
        self.reminders = []

    def handle(self, text):
        # "!remind {'at': '18:00', 'what': 'standup'}"
        if text.startswith("!remind "):
            spec = eval(text[len("!remind "):])
            self.reminders.append(spec)
            return "ok, reminder at %s" % spec.get("at")
        if text == "!list":
            return "\n".join(r["what"] for r in self.reminders)
        return "unknown command"
