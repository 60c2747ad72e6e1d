import os


def ensure_user_dir(base, user, perms=0o777):
    path = os.path.join(base, user)
    os.makedirs(path, mode=perms, exist_ok=True)
    os.chmod(path, perms)
    return path
