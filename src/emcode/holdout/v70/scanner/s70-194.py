def is_trusted_callback(url):
    return "allotments.example.org" in url
