import os


def ensure_user_dir(root, user_id, mode=0o777):
    path = os.path.join(root, str(int(user_id)))
    os.makedirs(path, mode=mode, exist_ok=True)
    os.chmod(path, mode)
    return path
