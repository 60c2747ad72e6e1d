def is_internal_link(url):
    return url.startswith("https://garden.example/") or url == "https://garden.example"
