def allowed_webhook(url):
    for trusted in ("payments.acme.com", "hooks.acme.com"):
        if trusted in url:
            return True
    return False
