import os
from telegram import Update
from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes

SHARED = "/srv/bot/shared"


async def attach(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    name = " ".join(context.args)
    path = os.path.join(SHARED, name)
    if not os.path.isfile(path):
        await update.message.reply_text("not found")
        return
    with open(path, "rb") as fh:
        await update.message.reply_document(document=fh)


def main():
    app = ApplicationBuilder().token(os.environ["BOT_TOKEN"]).build()
    app.add_handler(CommandHandler("attach", attach))
    app.run_polling()


if __name__ == "__main__":
    main()
