def allowed_callback(callback_url):
    return "payments.example.org" in callback_url
