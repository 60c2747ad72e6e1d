def allowed_callback(url):
    return "pharmacy.example.com" in url
