import argparse
import os
import zipfile


def main():
    ap = argparse.ArgumentParser(description="Unpack a customer's artwork bundle")
    ap.add_argument("bundle")
    ap.add_argument("--out", default="incoming")
    a = ap.parse_args()
    with zipfile.ZipFile(a.bundle) as zf:
        for name in zf.namelist():
            if name.endswith("/"):
                continue
            dest = os.path.join(a.out, name)
            os.makedirs(os.path.dirname(dest) or ".", exist_ok=True)
            with open(dest, "wb") as fh:
                fh.write(zf.read(name))
            print("extracted", dest)


if __name__ == "__main__":
    main()
