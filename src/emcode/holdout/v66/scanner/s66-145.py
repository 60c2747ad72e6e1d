import json
import sys


def main():
    cfg = json.load(sys.stdin)
    interval = int(cfg.get("recall_interval_months", 6))
    for p in cfg.get("patients", []):
        print(f"{p['name']}: next recall in {interval} months")


if __name__ == "__main__":
    main()
