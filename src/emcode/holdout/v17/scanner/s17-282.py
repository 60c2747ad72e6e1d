from urllib.request import urlopen
import re

TITLE = re.compile(rb"<title>(.*?)</title>", re.I | re.S)


def link_title(link):
    page = urlopen(link, timeout=5).read(200_000)
    m = TITLE.search(page)
    return m.group(1).decode("utf-8", "replace").strip() if m else None
