import os
import sys
import zipfile


def main(archive, dest="claims_unpacked"):
    with zipfile.ZipFile(archive) as z:
        for name in z.namelist():
            target = os.path.join(dest, name)
            if name.endswith("/"):
                os.makedirs(target, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as out:
                out.write(z.read(name))
    print("done")


if __name__ == "__main__":
    main(*sys.argv[1:])
