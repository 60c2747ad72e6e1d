def is_portal_link(url):
    return url == "https://portal.schooldata.example" or url.startswith("https://portal.schooldata.example/")
