def search_box(term):
    template = '<form action="/search"><input name="q" value="{}"><button>Go</button></form>'
    return template.format(term)
