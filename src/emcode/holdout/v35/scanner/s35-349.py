import argparse
import json
import os


def main():
    ap = argparse.ArgumentParser(description="Write the shop's print-provider config")
    ap.add_argument("out")
    ap.add_argument("--provider", default="printful")
    ap.add_argument("--api-key-env", default="PROVIDER_API_KEY")
    args = ap.parse_args()

    cfg = {"provider": args.provider, "api_key": os.environ.get(args.api_key_env, "")}
    fd = os.open(args.out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump(cfg, fh, indent=2)
    print("wrote", args.out)


if __name__ == "__main__":
    main()
