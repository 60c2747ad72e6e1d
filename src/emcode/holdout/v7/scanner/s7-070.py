import re


def mini_markdown(text):
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    text = re.sub(r"_(.+?)_", r"<i>\1</i>", text)
    return "<p>" + text.replace("\n\n", "</p><p>") + "</p>"
