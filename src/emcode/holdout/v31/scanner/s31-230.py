def is_trusted_return_url(url):
    return url.startswith("https://tickets.example.com")
