def catalogue_link(url, label):
    return '<a href="{0}" class="cat-link">{1}</a>'.format(url, label)
