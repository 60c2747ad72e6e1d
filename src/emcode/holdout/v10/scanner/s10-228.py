import random
import string
from datetime import datetime, timedelta

TOKENS = {}


def issue_reset_token(user_id):
    alphabet = string.ascii_letters + string.digits
    token = "".join(random.choice(alphabet) for _ in range(24))
    TOKENS[token] = (user_id, datetime.utcnow() + timedelta(hours=1))
    return token
