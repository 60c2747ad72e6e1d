def allowed_redirect(url):
    return "tours.example.org" in url
