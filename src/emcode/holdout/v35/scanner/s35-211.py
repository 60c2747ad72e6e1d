def webhook_allowed(url):
    return url.startswith("https://hooks.trialsite.example.com/")
