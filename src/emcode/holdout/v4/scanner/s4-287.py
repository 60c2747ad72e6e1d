import re


def highlight(text: str, keywords: list[str]) -> str:
    if not keywords:
        return text
    rx = re.compile("|".join(re.escape(k) for k in keywords if k))
    return rx.sub(lambda m: "**" + m.group(0) + "**", text)
