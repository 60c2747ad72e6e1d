def search_box(term):
    html = '<input type="text" name="q" value="{}">'.format(term)
    return html
