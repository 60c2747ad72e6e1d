def make_link(url, label):
    return "<a href='" + url + "' rel='nofollow'>" + label + "</a>"
