import logging
import unicodedata

log = logging.getLogger("bot")


def printable(text: str, limit: int = 200) -> str:
    cleaned = "".join(ch if unicodedata.category(ch)[0] != "C" else "?" for ch in text)
    return cleaned[:limit]


class EchoBot:
    def __init__(self, client):
        self.client = client

    def handle(self, user: str, text: str) -> None:
        log.info("msg from %s: %s", printable(user, 40), printable(text))
        if text.startswith("/echo "):
            self.client.send(user, text[6:])
