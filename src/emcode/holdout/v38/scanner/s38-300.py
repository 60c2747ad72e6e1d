import secrets


def activation_pin(digits=6):
    return f"{secrets.randbelow(10 ** digits):0{digits}d}"
