from passlib.hash import argon2


def hash_password(password):
    return argon2.hash(password)


def verify_password(password, stored):
    return argon2.verify(password, stored)
