from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes


async def run_snippet(update: Update, context: ContextTypes.DEFAULT_TYPE):
    code = update.message.text.partition(" ")[2]
    scope = {}
    exec(code, scope)
    await update.message.reply_text(str(scope.get("result", "done")))


def main(token):
    app = Application.builder().token(token).build()
    app.add_handler(CommandHandler("py", run_snippet))
    app.run_polling()
