import md5


def check_password(stored_hex, password):
    return md5.new(password).hexdigest() == stored_hex
