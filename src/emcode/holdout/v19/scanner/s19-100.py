import os
import re
import subprocess
from telegram.ext import Updater, CommandHandler

DOMAIN_RE = re.compile(r"(?=.{1,253}$)([a-z0-9-]{1,63}\.)+[a-z]{2,63}", re.I)


def whois(update, context):
    domain = context.args[0] if context.args else ""
    if not DOMAIN_RE.fullmatch(domain):
        update.message.reply_text("usage: /whois example.com")
        return
    out = subprocess.run(["whois", domain], capture_output=True, text=True, timeout=15).stdout
    update.message.reply_text(out[:3500])


def main():
    updater = Updater(os.environ["BOT_TOKEN"])
    updater.dispatcher.add_handler(CommandHandler("whois", whois))
    updater.start_polling()
    updater.idle()


if __name__ == "__main__":
    main()
