from markupsafe import Markup, escape


def highlight(keyword, text):
    body = escape(text)
    mark = Markup("<mark>{}</mark>").format(keyword)
    return Markup(body.replace(escape(keyword), mark))
