def allowed_image_source(url):
    return "cdn.podhost.io" in url
