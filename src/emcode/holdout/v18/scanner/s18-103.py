def pagination_link(query, page):
    url = "/search?q=%s&page=%d" % (query, page)
    return "<a href=\"%s\">Page %d of results for %s</a>" % (url, page, query)
