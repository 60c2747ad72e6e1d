import json
import os
from pathlib import Path
from telegram import Update
from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes

SHARED = Path("/srv/bot/shared")
MANIFEST = json.loads((SHARED / "manifest.json").read_text())


async def attach(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    key = context.args[0] if context.args else ""
    entry = MANIFEST.get(key)
    if entry is None:
        await update.message.reply_text("unknown document id")
        return
    await update.message.reply_document(document=open(SHARED / entry["file"], "rb"))


def main() -> None:
    app = ApplicationBuilder().token(os.environ["BOT_TOKEN"]).build()
    app.add_handler(CommandHandler("attach", attach))
    app.run_polling()


if __name__ == "__main__":
    main()
