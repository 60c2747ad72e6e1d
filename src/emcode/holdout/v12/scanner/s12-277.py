import sys
import yaml


def main(path):
    with open(path) as fh:
        playbook = yaml.safe_load(fh) or {}
    for task in playbook.get("tasks", []):
        name = task.get("name", "unnamed")
        print(f"[{name}]", task.get("action