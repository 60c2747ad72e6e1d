import secrets


def unlock_pin(dock_id):
    return f"{secrets.randbelow(10000):04d}"
