import logging


class OneLineFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        return text.replace("\r", "\\r").replace("\n", "\\n")


handler = logging.StreamHandler()
handler.setFormatter(OneLineFormatter("%(asctime)s %(levelname)s %(message)s"))
log = logging.getLogger("bot")
log.addHandler(handler)
log.setLevel(logging.INFO)


def on_message(user: str, text: str) -> str:
    log.info("message from %s: %s", user, text)
    if text.strip().lower() == "help":
        return "Commands: help, status"
    return "I did not understand that."
