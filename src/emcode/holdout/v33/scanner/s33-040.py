def is_internal_link(url):
    return url.startswith("https://lingo.example/") or url == "https://lingo.example"
