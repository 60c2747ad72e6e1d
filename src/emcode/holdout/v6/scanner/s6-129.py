def is_internal(url):
    return url.startswith("https://internal.example.com")
