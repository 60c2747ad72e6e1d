import hashlib
import shutil
import sys
import tempfile

import requests

URL = "https://releases.shelter-app.example.org/kiosk/latest.tar.gz"
SHA_URL = URL + ".sha256"


def main(dest):
    expected = requests.get(SHA_URL, timeout=30).text.split()[0]
    with tempfile.NamedTemporaryFile(suffix=".tar.gz") as tmp:
        with requests.get(URL, stream=True, timeout=60) as r:
            r.raise_for_status()
            h = hashlib.sha256()
            for chunk in r.iter_content(65536):
                h.update(chunk)
                tmp.write(chunk)
        tmp.flush()
        if h.hexdigest() != expected:
            print("checksum mismatch", file=sys.stderr)
            return 1
        shutil.copyfile(tmp.name, dest)
    print("saved", dest)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "kiosk.tar.gz"))
