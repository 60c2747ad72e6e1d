import sys

import yaml


def main(path):
    with open(path, encoding="utf-8") as fh:
        survey = yaml.safe_load(fh) or {}
    for site in survey.get("sites", []):
        print(f"{site.get('name', '?'):20} {len(site.get('sightings', [])):4d}")


if __name__ == "__main__":
    main(sys.argv[1])
