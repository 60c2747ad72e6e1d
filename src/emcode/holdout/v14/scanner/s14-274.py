import operator
import re
from telegram import Update
from telegram.ext import ContextTypes

TOKEN = re.compile(r"\s*(\d+(?:\.\d+)?|[-+*/])")
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


def calc(expr: str) -> float:
    tokens = TOKEN.findall(expr)
    if not tokens or len(tokens) % 2 == 0:
        raise ValueError("expected: number (op number)*")
    total = float(tokens[0])
    for op, num in zip(tokens[1::2], tokens[2::2]):
        total = OPS[op](total, float(num))
    return total


async def calc_cmd(update: Update, context: ContextTypes.DEFAULT_TYPE):
    try:
        await update.message.reply_text(str(calc(" ".join(context.args))))
    except (ValueError, KeyError, ZeroDivisionError) as e:
        await update.message.reply_text(f"error: {e}")
