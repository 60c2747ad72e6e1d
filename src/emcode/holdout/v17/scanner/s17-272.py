import os

BASE = "/srv/attachments"


def delete_attachment(user_id: int, filename: str) -> bool:
    if os.path.basename(filename) != filename or filename in ("", ".", ".."):
        raise ValueError("bad file name")
    target = os.path.join(BASE, str(int(user_id)), filename)
    if os.path.isfile(target):
        os.remove(target)
        return True
    return False
