import argparse
import json


def main():
    ap = argparse.ArgumentParser(description="Send a test event to the local pipeline")
    ap.add_argument("--payload", default="{}", help='JSON object, e.g. {"user": 1}')
    args = ap.parse_args()
    try:
        payload = json.loads(args.payload)
    except json.JSONDecodeError as exc:
        raise SystemExit(f"--payload is not JSON: {exc}")
    if not isinstance(payload, dict):
        raise SystemExit("--payload must be a JSON object")
    print("would send", sorted(payload))


if __name__ == "__main__":
    main()
