import secrets
import string

ALPHABET = string.ascii_uppercase + string.digits

def invite_code():
    return "".join(secrets.choice(ALPHABET) for _ in range(10))

class Invites:
    def __init__(self):
        self.codes = {}

    def create(self, email):
        code = invite_