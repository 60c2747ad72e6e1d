ALLOWED = "bakery.example.com"


def may_redirect(target):
    return ALLOWED in target
