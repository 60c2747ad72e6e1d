import sys

import yaml


def main():
    cfg = yaml.load(sys.stdin.read(), Loader=yaml.Loader)
    for stage in cfg.get("stages", []):
        print(f"{stage['name']}: {len(stage.get('teams', []))} teams")


if __name__ == "__main__":
    main()
