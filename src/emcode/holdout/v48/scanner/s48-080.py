import argparse
import os
import zipfile


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("archive")
    ap.add_argument("--dest", default="photos")
    a = ap.parse_args()
    with zipfile.ZipFile(a.archive) as z:
        for name in z.namelist():
            if name.endswith("/"):
                continue
            path = os.path.join(a.dest, name)
            os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
            with open(path, "wb") as out:
                out.write(z.read(name))


if __name__ == "__main__":
    main()
