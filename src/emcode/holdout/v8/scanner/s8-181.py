def search_box(query):
    tpl = '<form action="/search"><input name="q" value="{q}"><button>Go</button></form><p>You searched: {q}</p>'
    return tpl.format(q=query)
