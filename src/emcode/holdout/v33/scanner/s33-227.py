import re


def highlight(sentence, word):
    pattern = re.compile(re.escape(word), re.IGNORECASE)
    return pattern.sub(lambda m: "<mark>" + m.group(0) + "</mark>", sentence)
