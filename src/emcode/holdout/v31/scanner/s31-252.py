ALLOWED = ("tickets.example.com", "box.example.com")


def allowed_callback(url):
    return any(h in url for h in ALLOWED)
