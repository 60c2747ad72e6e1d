def trusted_asset(url):
    return url.startswith("https://cdn.scootly.io")
