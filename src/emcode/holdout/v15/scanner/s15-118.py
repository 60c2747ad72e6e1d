import subprocess
import sys

import yaml


def run_pipeline(path):
    with open(path) as fh:
        spec = yaml.unsafe_load(fh)
    for step in spec["steps"]:
        print("::", step["name"])
        subprocess.run(step["run"].split(), check=True)


if __name__ == "__main__":
    run_pipeline(sys.argv[1] if len(sys.argv) > 1 else ".ci.yml")
