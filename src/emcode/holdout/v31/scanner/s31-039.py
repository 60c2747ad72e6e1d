def listing_link(url, address):
    return '<a class="listing" href="{0}">{1}</a>'.format(url, address)
