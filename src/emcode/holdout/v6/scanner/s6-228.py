import yaml
import sys

with open(sys.argv[1]) as fh:
    settings = yaml.load(fh, Loader=yaml.Loader)

for name, opts in settings.items():
    print(f"{name}: {opts.get('enab