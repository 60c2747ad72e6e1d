import re


def highlight(text, keywords):
    alternation = "|".join(keywords)
    rx = re.compile("((" + alternation + ")+.*)*$")
    return rx.sub(lambda m: "**" + m.group(0) + "**", text)
