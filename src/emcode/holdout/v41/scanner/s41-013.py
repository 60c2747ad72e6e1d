import argparse
import os


def prepare(root: str, mode: int = 0o750) -> list[str]:
    made = []
    for sub in ("scans", "manifests", "exceptions"):
        path = os.path.join(root, sub)
        os.makedirs(path, mode=mode, exist_ok=True)
        made.append(path)
    return made


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="Create baggage system working folders")
    ap.add_argument("root")
    for p in prepare(ap.parse_args().root):
        print("ok", p)
