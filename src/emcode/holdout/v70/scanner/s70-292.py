def guide_link(url, label):
    return '<a class="guide" href="' + url + '">' + label + '</a>'
