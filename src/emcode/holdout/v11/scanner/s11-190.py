import logging

log = logging.getLogger("bot")


class EchoBot:
    def __init__(self, client):
        self.client = client

    def on_message(self, user_id: int, text: str) -> None:
        log.info("message from %d: %r", user_id, text[:200])
        if text.startswith("/echo "):
            self.client.reply(user_id, text[6:])
