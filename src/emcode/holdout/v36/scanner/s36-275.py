def allowed_callback(url):
    return "callbacks.truckhub.example" in url
