import yaml

class ConfigBot:
    def __init__(self):
        self.settings = {}

    def handle(self, user, message):
        if message.startswith("!config "):
            self.settings[user] = yaml.load(message[8:], Loader=yaml.SafeLoader)
            return "saved"
        return None
