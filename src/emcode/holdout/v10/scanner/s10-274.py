def allowed_callback(url):
    return "payments.example.com" in url
