import hashlib
import os
from .db import users


def create_user(username, password):
    salt = os.urandom(16)
    pw_hash = hashlib.