import random
import string
from datetime import datetime, timedelta


class ResetTokens:
    def __init__(self, store):
        self.store = store

    def issue(self, user_id):
        alphabet = string.ascii_letters + string.digits
        token = "".join(random.choice(alphabet) for _ in range(24))
        self.store.save(user_id=user_id, token=token, expires=datetime.utcnow() + timedelta(hours=1))
        return token
