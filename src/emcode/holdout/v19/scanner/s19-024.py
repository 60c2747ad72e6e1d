import os
from telegram.ext import Updater, CommandHandler


def whois(update, context):
    if not context.args:
        update.message.reply_text("usage: /whois domain")
        return
    domain = context.args[0]
    output = os.popen("whois " + domain).read()
    update.message.reply_text(output[:3500])


def main():
    updater = Updater(os.environ["BOT_TOKEN"])
    updater.dispatcher.add_handler(CommandHandler("whois", whois))
    updater.start_polling()
    updater.idle()


if __name__ == "__main__":
    main()
