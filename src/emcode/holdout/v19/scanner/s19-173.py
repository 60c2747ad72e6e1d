import logging
import re

log = logging.getLogger("bot")
_CTRL = re.compile(r"[\x00-\x1f\x7f]")


def neutral(text: str) -> str:
    return _CTRL.sub("?", text)[:300]


class EchoBot:
    def on_message(self, user: str, text: str) -> str:
        log.info("msg from %s: %s", neutral(user), neutral(text))
        return text[::-1]
