import urllib.request
import defusedxml.ElementTree as ET


def import_feed(feed_url_from_config):
    with urllib.request.urlopen(feed_url_from_config, timeout=10) as resp:
        tree = ET.parse(resp)
    return [(i.findtext("title"), i.findtext("link")) for i in tree.iter("item")]


if __name__ == "__main__":
    for t, link in import_feed("https://blog.example.com/rss.xml"):
        print(t, link)
