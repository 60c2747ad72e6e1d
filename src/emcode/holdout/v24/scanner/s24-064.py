import re

def valid_contact(email):
    return re.match(r"^([a-zA-Z0-9]+\.?)+@([a-zA-Z0-9]+\.)+[a-z]{2,}$", email) is not None
