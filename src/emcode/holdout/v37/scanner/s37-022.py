def allowed_redirect(url):
    return "drone-dispatch.example.com" in url
