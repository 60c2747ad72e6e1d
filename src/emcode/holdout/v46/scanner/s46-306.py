import secrets


def new_locker_pin(digits=6):
    return "".join(str(secrets.randbelow(10)) for _ in range(digits))
