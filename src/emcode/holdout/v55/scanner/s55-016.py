from markupsafe import Markup


def error_page(message):
    return Markup("<html><body><h1>Something went wrong</h1><pre>%s</pre></body></html>") % message
