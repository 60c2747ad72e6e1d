import argparse
import json
import secrets
from pathlib import Path


def main():
    ap = argparse.ArgumentParser(description="Create a local API credential file for the sync agent")
    ap.add_argument("--out", type=Path, default=Path.home() / ".sync-agent" / "credentials.json")
    args = ap.parse_args()
    args.out.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    args.out.touch(mode=0o600, exist_ok=True)
    args.out.chmod(0o600)
    args.out.write_text(json.dumps({"client_id": secrets.token_hex(8), "client_secret": secrets.token_urlsafe(32)}))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
