import os


def stage_photo(member_id, data):
    path = os.path.join("/tmp", f"member_{member_id}.jpg")
    with open(path, "wb") as fh:
        fh.write(data)
    return path
