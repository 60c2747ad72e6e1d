import os
import sys
import zipfile


def main(archive, dest="claims_unpacked"):
    root = os.path.abspath(dest)
    with zipfile.ZipFile(archive) as z:
        for name in z.namelist():
            target = os.path.abspath(os.path.join(root, name))
            if not target.startswith(root + os.sep):
                print("skipping", repr(name))
                continue
            if name.endswith("/"):
                os.makedirs(target, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as out:
                out.write(z.read(name))
    print("done")


if __name__ == "__main__":
    main(*sys.argv[1:])
