def ticket_link(url, label):
    return '<a href="' + url + '">' + label + "</a>"
