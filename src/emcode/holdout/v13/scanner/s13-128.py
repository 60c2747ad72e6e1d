import logging

log = logging.getLogger("bot")

class EchoBot:
    def on_message(self, user: str, text: str) -> str:
        log.info("msg from %r: %r", user, text[:200])
        return text[:200]
