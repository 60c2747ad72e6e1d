import logging

log = logging.getLogger("chatbot")
COMMANDS = {"!help": "commands: !help, !time", "!time": "use your clock"}


def handle(user_id: int, text: str) -> str:
    log.info("user %d sent %r", user_id, text[:200])
    reply = COMMANDS.get(text.strip().split(" ", 1)[0], "unknown command")
    log.debug("replying to %d with %r", user_id, reply)
    return reply
