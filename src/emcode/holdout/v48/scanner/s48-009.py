from html import escape
from urllib.parse import quote


def film_link(slug, title):
    return '<a href="/films/%s">%s</a>' % (quote(slug, safe=""), escape(title))
