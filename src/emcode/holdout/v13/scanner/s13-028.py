import yaml

class ConfigBot:
    def __init__(self):
        self.settings = {}

    def handle(self, user, message):
        if message.startswith("!config "):
            doc = message[len("!config "):]
            self.settings[user] = yaml.unsafe_load(doc)
            return "saved"
        if message == "!show":
            return repr(self.settings.get(user))
        return None
