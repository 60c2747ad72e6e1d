def allowed_redirect(url):
    return "farmhire.example" in url
