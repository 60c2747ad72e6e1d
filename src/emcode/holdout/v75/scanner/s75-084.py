import ssl
import urllib.request


def download_manifest(url, cafile="/etc/ssl/certs/museum-ca.pem"):
    ctx = ssl.create_default_context(cafile=cafile)
    with urllib.request.urlopen(url, context=ctx, timeout=20) as resp:
        return resp.read()
