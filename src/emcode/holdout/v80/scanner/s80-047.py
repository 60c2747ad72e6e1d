def allowed_callback(url):
    return "coop-hives.example" in url and url.startswith("https://")
