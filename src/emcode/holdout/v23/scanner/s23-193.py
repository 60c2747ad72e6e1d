TRUSTED_PREFIXES = ("https://cdn.lab.example", "https://files.lab.example")


def is_trusted_download(url):
    return any(url.startswith(p) for p in TRUSTED_PREFIXES)
