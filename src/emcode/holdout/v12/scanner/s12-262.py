import re


def highlight(text, keyword):
    return re.sub("(" + re.escape(keyword) + ")", r"**\1**", text, flags=re.IGNORECASE)
