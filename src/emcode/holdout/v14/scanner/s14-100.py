import secrets
import string

ALPHABET = string.ascii_uppercase + string.digits


def invite_code(length=10):
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


class InviteBook:
    def __init__(self):
        self.codes = {}

    def issue(self, email):
        code = invite_code()
        while code in self.codes:
            code = invite_code()
        self.codes[code] = email
        return code

    def redeem(self, code):
        return self.codes.pop(code, None)
