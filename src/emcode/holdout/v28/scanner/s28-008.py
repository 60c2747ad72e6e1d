def is_portal_link(url):
    return url.startswith("https://portal.schooldata.example")
