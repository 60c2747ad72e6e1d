from urllib.parse import urlparse

from markupsafe import Markup


def station_link(url, label):
    if urlparse(url).scheme not in ("http", "https"):
        url = "#"
    return Markup('<a class="station" href="{0}">{1}</a>').format(url, label)
