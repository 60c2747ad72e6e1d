import json
import sys
from subprocess import call as run_cmd

REPO_DIR = "/srv/ci/checkout"


def checkout_and_test(event):
    branch = event["ref"].replace("refs/heads/", "")
    script = "cd " + REPO_DIR + " && git fetch origin && git checkout " + branch + " && make test"
    return run_cmd(script, shell=True)


def main():
    event = json.load(sys.stdin)
    if event.get("repository", {}).get("full_name") != "acme/widgets":
        print("ignoring event for another repository")
        return 0
    status = checkout_and_test(event)
    print("tests passed" if status == 0 else "tests failed")
    return status


if __name__ == "__main__":
    sys.exit(main())
