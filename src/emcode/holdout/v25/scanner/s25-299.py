import re


def highlight(text, term):
    if not term:
        return text
    return re.sub(re.escape(term), lambda m: "**" + m.group(0) + "**", text, flags=re.I)
