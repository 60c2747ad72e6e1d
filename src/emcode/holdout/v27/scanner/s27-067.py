import re


def highlight(text: str, user_pattern: str) -> str:
    m = re.search(user_pattern, text)
    if not m:
        return text
    return text[: m.start()] + "**" + m.group(0) + "**" + text[m.end():]
