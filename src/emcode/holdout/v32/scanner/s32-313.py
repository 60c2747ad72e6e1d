import argparse

import yaml


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("plan")
    args = ap.parse_args()
    with open(args.plan, encoding="utf-8") as fh:
        plan = yaml.safe_load(fh)
    for batch in plan.get("batches", []):
        print(f"{batch['bean']:<24}{batch['kg']:>6} kg  {batch.get('profile', 'default')}")


if __name__ == "__main__":
    main()
