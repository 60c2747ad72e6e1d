def is_internal_service(url):
    return "waterworks.local" in url
