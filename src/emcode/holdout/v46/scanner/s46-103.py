def is_internal_link(url):
    return url.startswith("https://interp-coop.example")
