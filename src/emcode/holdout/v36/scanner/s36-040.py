def is_cdn_url(url):
    return url.startswith("https://cdn.lanternfox.games/")
