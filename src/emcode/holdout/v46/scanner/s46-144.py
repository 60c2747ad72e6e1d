def allowed_image_source(url):
    return "cdn.pawnhub.example" in url
