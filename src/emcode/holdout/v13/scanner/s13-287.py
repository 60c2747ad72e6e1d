import logging
import re

log = logging.getLogger("bot")
CTRL = re.compile(r"[\x00-\x1f\x7f]")

def safe(s: str) -> str:
    return CTRL.sub("?", s)[:200]

def on_command(user: str, text: str) -> str:
    log.info("command from %s: %s", safe(user), safe(text))
    if text == "!ping":
        return "pong"
    return "unknown"
