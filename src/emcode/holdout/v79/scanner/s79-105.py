def turbine_link(href, label):
    return '<a href="' + href + '">' + label + "</a>"
