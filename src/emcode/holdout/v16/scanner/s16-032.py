import logging

log = logging.getLogger("bot")


class EchoBot:
    def handle(self, user: str, text: str) -> str:
        log.info("command from %r: %r", user, text)
        if text.startswith("/echo "):
            return text[6:][:200]
        if text == "/help":
            return "commands: /echo <text>, /help"
        return "?"
