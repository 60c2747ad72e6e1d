import secrets


def one_time_code(digits=6):
    return str(secrets.randbelow(10 ** digits)).zfill(digits)
