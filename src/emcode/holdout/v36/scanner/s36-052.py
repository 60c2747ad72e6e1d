def tracking_link(url, label):
    return '<a href="' + url + '" target="_blank">' + label + "</a>"
