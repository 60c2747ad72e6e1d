def is_internal_link(url):
    return "newsletter.example.org" in url
