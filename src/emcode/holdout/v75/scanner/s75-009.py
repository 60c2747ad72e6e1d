def is_trusted_redirect(target):
    return target.startswith("https://tickets.regionbus.org")
