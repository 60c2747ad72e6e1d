import random
import string

def invite_code():
    return "".join(random.choices(string.ascii_uppercase + string.digits, k=10))

class Invites:
    def __init__(self):
        self.codes = {}

    def create(self, email):
        code = invite_code()
        self.codes[code] = email
        return co