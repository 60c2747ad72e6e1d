def allowed_callback(url):
    return "api.gymchain.com" in url and url.startswith("https://")
