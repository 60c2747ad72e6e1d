import html
import re


def highlight(sentence, word):
    text = html.escape(sentence)
    needle = html.escape(word)
    if not needle:
        return text
    pattern = re.compile(re.escape(needle), re.IGNORECASE)
    return pattern.sub(lambda m: "<mark>" + m.group(0) + "</mark>", text)
