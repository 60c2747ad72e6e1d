import logging
import unicodedata

log = logging.getLogger("bot")


def printable(text: str) -> str:
    return "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)


async def on_message(message):
    if message.author.bot:
        return
    log.info("msg from %s in %s: %s", printable(message.author.name), message.channel.id, printable(message.content)[:300])
    if message.content == "!ping":
        await message.channel.send("pong")
