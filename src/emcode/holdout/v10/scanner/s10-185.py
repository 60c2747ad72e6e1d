SNIPPET = '<li><a href="%s">%s</a> <em>matched "%s"</em></li>'


def result_item(url, title, query):
    return SNIPPET % (url, title, query)
