import os
import shutil
import sys

PHOTO_ROOT = "/var/gym/member_photos"


def install_photo(src, member_id):
    os.makedirs(PHOTO_ROOT, exist_ok=True)
    dest = os.path.join(PHOTO_ROOT, f"{int(member_id):06d}.jpg")
    shutil.copyfile(src, dest)
    os.chmod(dest, 0o666)
    return dest


if __name__ == "__main__":
    print(install_photo(sys.argv[1], sys.argv[2]))
