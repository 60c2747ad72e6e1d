import json


class SettingsBot:
    def __init__(self):
        self.settings = {"volume": 5, "lang": "en"}

    def on_command(self, text: str) -> str:
        if not text.startswith("!set "):
            return ""
        try:
            update = json.loads(text[5:])
        except ValueError:
            return "expected JSON, e.g. !set {\"volume\": 3}"
        if not isinstance(update, dict) or not set(update) <= set(self.settings):
            return "unknown setting"
        self.settings.update(update)
        return "ok: " + json.dumps(self.settings)
