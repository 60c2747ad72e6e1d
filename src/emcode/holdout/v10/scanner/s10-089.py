import urllib2
import urlparse

FEED_HOSTS = {"news.example.com": True, "blog.example.com": True}


def fetch_feed(feed_url, timeout=10):
    parts = urlparse.urlparse(feed_url)
    if parts.scheme != "https" or not FEED_HOSTS.get(parts.hostname):
        raise ValueError("feed host not allowed: %r" % (parts.hostname,))
    resp = urllib2.urlopen(feed_url, timeout=timeout)
    try:
        return resp.read()
    finally:
        resp.close()
