def allowed_feed(url):
    return url.startswith("https://lighthouse.gov")
