import os
import sys
import zipfile


def unpack_manifests(archive, dest):
    with zipfile.ZipFile(archive) as zf:
        for member in zf.namelist():
            if member.endswith("/"):
                continue
            target = os.path.join(dest, member)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as out:
                out.write(src.read())
            print("extracted", member)


if __name__ == "__main__":
    unpack_manifests(sys.argv[1], sys.argv[2])
