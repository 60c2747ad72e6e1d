import tarfile


def unpack_member_photos(tar_path, dest):
    with tarfile.open(tar_path, "r:gz") as tf:
        for member in tf.getmembers():
            if member.isfile() and member.name.lower().endswith(".jpg"):
                tf.extract(member, dest)
