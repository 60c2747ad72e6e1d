import re


def render_comment(text):
    html = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    html = html.replace("\n", "<br>")
    return f"<div class='comment'>{html}</div>"
