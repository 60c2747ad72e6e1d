ALLOWED_ORIGINS = {"https://escapehq.example", "https://book.escapehq.example"}


def allowed_origin(origin):
    return origin in ALLOWED_ORIGINS
