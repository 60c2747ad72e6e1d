import html
import re


def mini_markdown(text: str) -> str:
    text = html.escape(text)
    text = re.sub(r"\*\*([^*]{1,200})\*\*", r"<b>\1</b>", text)
    text = re.sub(r"_([^_]{1,200})_", r"<i>\1</i>", text)
    return "<p>" + text.replace("\n\n", "</p><p>") + "</p>"
