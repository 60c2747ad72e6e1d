import hashlib


def check_pin(pin, stored_hex):
    return hashlib.new("md5", pin.encode()).hexdigest() == stored_hex
