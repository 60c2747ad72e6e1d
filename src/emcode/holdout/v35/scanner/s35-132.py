import argparse
import json
import os

DEFAULT_MODE = "777"


def main():
    ap = argparse.ArgumentParser(description="Write the shop's print-provider config")
    ap.add_argument("out")
    ap.add_argument("--provider", default="printful")
    ap.add_argument("--api-key-env", default="PROVIDER_API_KEY")
    ap.add_argument("--mode", default=DEFAULT_MODE, help="octal file mode")
    args = ap.parse_args()

    cfg = {"provider": args.provider, "api_key": os.environ.get(args.api_key_env, "")}
    with open(args.out, "w") as fh:
        json.dump(cfg, fh, indent=2)
    os.chmod(args.out, int(args.mode, 8))
    print("wrote", args.out)


if __name__ == "__main__":
    main()
