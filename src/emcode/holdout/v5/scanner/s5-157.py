import yaml
import sys

def load_pipeline(path):
    with open(path) as fh:
        spec = yaml.load(fh, Loader=yaml.Loader)
    steps = spec.get("steps", [])
    for step in steps:
        print("running", step["na