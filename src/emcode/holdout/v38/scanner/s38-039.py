def is_internal_link(url):
    return url == "https://intranet.snowpeak.com" or url.startswith("https://intranet.snowpeak.com/")
