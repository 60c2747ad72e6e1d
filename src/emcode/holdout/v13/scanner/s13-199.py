def is_api_url(url):
    return url.startswith("https://api.acme.io")
