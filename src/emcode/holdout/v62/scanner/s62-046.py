from markupsafe import Markup


def highlight(keyword, text):
    return Markup(text.replace(keyword, f"<mark>{keyword}</mark>"))
