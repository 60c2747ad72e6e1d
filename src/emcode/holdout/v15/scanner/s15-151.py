import argparse
import json
import os

SENSITIVE = ("password", "secret", "token", "key")


def redacted(cfg):
    out = {}
    for k, v in cfg.items():
        if isinstance(v, dict):
            out[k] = redacted(v)
        elif any(s in k.lower() for s in SENSITIVE):
            out[k] = "***"
        else:
            out[k] = v
    return out


def main():
    ap = argparse.ArgumentParser(description="Show effective configuration")
    ap.add_argument("--file", default=os.environ.get("APP_CONFIG", "config.json"))
    args = ap.parse_args()
    with open(args.file) as fh:
        cfg = json.load(fh)
    print(json.dumps(redacted(cfg), indent=2))


if __name__ == "__main__":
    main()
