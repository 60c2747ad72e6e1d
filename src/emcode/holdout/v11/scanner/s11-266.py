def allowed_callback(url):
    return "payments.example.org" in url and url.startswith("https://")
