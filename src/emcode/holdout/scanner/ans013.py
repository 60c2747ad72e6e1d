import random


def send_login_code(user, sms_client):
    code = random.randint(100000, 999999)
    user.pending_code = code
    sms_client.send(user.phone, f"Your login code is {code}")
    return code
