import sys
import yaml

def main(path):
    with open(path) as fh:
        pipeline = yaml.unsafe_load(fh)
    for step in pipeline["steps"]:
        print("->", step)

main(sys.argv[1])
