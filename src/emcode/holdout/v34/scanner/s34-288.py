import html
import re


def render_comment(text):
    out = html.escape(text)
    out = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", out)
    out = out.replace("\n", "<br>")
    return f"<div class='comment'>{out}</div>"
