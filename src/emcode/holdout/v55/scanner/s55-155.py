import sys

import yaml


def main():
    cfg = yaml.safe_load(sys.stdin.read()) or {}
    for stage in cfg.get("stages", []):
        print(f"{stage['name']}: {len(stage.get('teams', []))} teams")


if __name__ == "__main__":
    main()
