from html import escape as esc


def search_box(query: str) -> str:
    q = esc(query, quote=True)
    tpl = '<form action="/search"><input name="q" value="{q}"><button>Go</button></form><p>You searched: {q}</p>'
    return tpl.format(q=q)
