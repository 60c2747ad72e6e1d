import sys

import yaml


def main(path):
    with open(path) as fh:
        survey = yaml.unsafe_load(fh)
    for site in survey["sites"]:
        print(site["name"], len(site.get("sightings", [])))


if __name__ == "__main__":
    main(sys.argv[1])
