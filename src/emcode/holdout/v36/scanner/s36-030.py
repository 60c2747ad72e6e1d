import json
import sys


def stage_manifest(voyage, containers):
    path = "/tmp/manifest_%s.json" % voyage
    with open(path, "w") as fh:
        json.dump({"voyage": voyage, "containers": containers}, fh)
    return path


if __name__ == "__main__":
    print(stage_manifest(sys.argv[1], sys.argv[2:]))
