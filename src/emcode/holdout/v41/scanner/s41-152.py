def is_trusted_payment_url(url):
    return "checkout.paygate.example" in url
