import os

def acquire(lock_path):
    return os.open(lock_path, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o777)
