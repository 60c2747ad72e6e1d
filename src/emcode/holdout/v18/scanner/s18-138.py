PARTNERS = ("partner.io", "trusted.net")


def origin_allowed(origin_host):
    for suffix in PARTNERS:
        if origin_host.endswith(suffix):
            return True
    return False
