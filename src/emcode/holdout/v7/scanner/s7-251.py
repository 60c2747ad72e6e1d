from urllib.parse import urlsplit

TRUSTED = (".github.com", "gitlab.com")


def validate_hook_source(url):
    netloc = urlsplit(url).netloc.lower()
    if not netloc.endswith(TRUSTED):
        raise PermissionError("untrusted webhook source")
    return True
