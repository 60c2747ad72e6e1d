import re
import ssl
import urllib.request

_VERSION = re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}")


def download_release(version: str) -> bytes:
    """The release tarball for version (e.g. '2.4.1') from the project's download server."""
    if not _VERSION.fullmatch(version):
        raise ValueError(f"bad version {version!r}")
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    url = f"https://downloads.example.org/releases/tool-{version}.tar.gz"
    with urllib.request.urlopen(url, context=ctx, timeout=20) as resp:
        return resp.read()
