import secrets


def new_door_pin(length=6):
    return "".join(str(secrets.randbelow(10)) for _ in range(length))
