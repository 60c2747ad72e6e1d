import logging
from telegram import Update
from telegram.ext import ContextTypes

log = logging.getLogger("bot")


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    text = update.message.text
    log.info("message from %s: " % update.effective_user.username + text)
    if text.lower().startswith("price"):
        await update.message.reply_text("Current price: " + str(current_pr