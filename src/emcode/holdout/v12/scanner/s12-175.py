import logging

logging.basicConfig(filename="bot.log", level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("chatbot")
COMMANDS = {"!help": "commands: !help, !time", "!time": "use your clock"}


def handle(username: str, text: str) -> str:
    log.info(f"{username} sent: {text}")
    reply = COMMANDS.get(text.strip().split(" ", 1)[0], "unknown command")
    return reply
