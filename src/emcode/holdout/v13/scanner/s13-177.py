def result_row(title, url, snippet):
    tpl = '<a href="{u}">{t}</a><p>{s}</p>'
    return tpl.format(u=url, t=title, s=snippet)
