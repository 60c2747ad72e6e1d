import ssl
import urllib.request


def get_json(url, cafile=None):
    ctx = ssl.create_default_context(cafile=cafile)
    with urllib.request.urlopen(url, context=ctx, timeout=10) as r:
        return r.read()
