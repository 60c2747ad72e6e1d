from urllib.parse import urlparse


def trusted_result_feed(url):
    netloc = urlparse(url).netloc
    return "results.sundayleague.org" in netloc
