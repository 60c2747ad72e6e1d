import yaml

with open("settings.yaml") as fh:
    settings = yaml.safe_load(fh)
for key, value in settings.items(
