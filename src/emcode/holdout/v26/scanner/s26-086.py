import hashlib
import os

USERS = {}


def signup(username, password):
    salt = os.urandom(8).hex()
    USERS[username] = (salt, hashlib.sha256((salt + password).encode()).hexdigest())


def login(username, password):
    salt, digest = USERS[username]
    return hashlib.sha256((salt + password).encode()).hexdigest() == digest
