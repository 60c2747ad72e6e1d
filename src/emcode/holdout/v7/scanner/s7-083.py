import html


def highlight(text: str, word: str) -> str:
    if not word:
        return html.escape(text)
    pieces = text.split(word)
    return ("<mark>" + html.escape(word) + "</mark>").join(html.escape(p) for p in pieces)
