import re


def highlight(text, keyword):
    return re.sub("(" + keyword + ")", r"**\1**", text, flags=re.IGNORECASE)
