import os


def delete_user_file(root: str, user_id: int, filename: str) -> None:
    name = os.path.basename(filename)
    if name in ("", ".", "..") or name != filename:
        raise ValueError("plain file names only")
    os.remove(os.path.join(root, str(int(user_id)), name))
