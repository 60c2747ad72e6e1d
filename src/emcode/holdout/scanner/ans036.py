import secrets


def send_login_code(user, sms_client):
    code = f"{secrets.randbelow(1_000_000):06d}"
    user.pending_code = code
    sms_client.send(user.phone, f"Your login code is {code}")
    return code
