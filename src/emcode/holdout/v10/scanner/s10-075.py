import urllib2


def fetch_feed(feed_url, timeout=10):
    req = urllib2.Request(feed_url, headers={"User-Agent": "feedbot/0.3"})
    resp = urllib2.urlopen(req, timeout=timeout)
    try:
        return resp.read()
    finally:
        resp.close()
