import logging

log = logging.getLogger("bot")


def _one_line(text, limit=200):
    return text.replace("\r", " ").replace("\n", " ")[:limit]


class EchoBot:
    def __init__(self, name="echo"):
        self.name = name

    def on_message(self, user, text):
        log.info("msg from %s: %s", _one_line(user, 40), _one_line(text))
        if text.strip().lower() == "ping":
            return "pong"
        return f"{self.name} heard you"
