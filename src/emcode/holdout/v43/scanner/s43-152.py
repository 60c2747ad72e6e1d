def is_internal_link(url):
    return url == "https://docs.lingua-agency.com" or url.startswith("https://docs.lingua-agency.com/")
