import html
from urllib.parse import quote_plus


def pagination_link(query, page):
    url = "/search?q=%s&page=%d" % (quote_plus(query), int(page))
    return "<a href=\"%s\">Page %d of results for %s</a>" % (html.escape(url), int(page), html.escape(query))
