import argparse
import yaml

parser = argparse.ArgumentParser()
parser.add_argument("recipe")
args = parser.parse_args()

with open(args.recipe) as fh:
    recipe = yaml.load(fh, Loader=yaml.SafeLoader)

for step in recipe["steps"]:
    print("running", step["name"])
