def allowed_callback(url):
    return url.startswith("https://foodbank.example.org")
