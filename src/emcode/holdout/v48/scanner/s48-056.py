def is_internal_dispatch(url):
    return url.startswith("https://dispatch.internal")
