import yaml

try:
    from yaml import CSafeLoader as Loader
except ImportError:
    from yaml import SafeLoader as Loader


class IntentBot:
    def __init__(self, path="intents.yml"):
        with open(path, encoding="utf-8") as fh:
            self.intents = yaml.load(fh, Loader=Loader) or {}

    def answer(self, text):
        low = text.lower()
        for name, spec in self.intents.items():
            if any(k in low for k in spec.get("keywords", [])):
                return spec.get("reply", name)
        return "Sorry, I did not get that."
