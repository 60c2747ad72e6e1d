import secrets


def door_pin(room_number):
    return {"room": room_number, "pin": f"{secrets.randbelow(1_000_000):06d}"}
