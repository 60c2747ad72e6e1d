import sys
import yaml


class ConfigLoader:
    defaults = {"workers": 4, "queue": "default", "retries": 3}

    def __init__(self, path):
        self.path = path

    def load(self):
        with open(self.path) as fh:
            data = yaml.unsafe_load(fh) or {}
        merged = dict(self.defaults)
        merged.update(data)
        return merged


if __name__ == "__main__":
    cfg = ConfigLoader(sys.argv[1]).load()
    for key, value in sorted(cfg.items()):
        print(f"{key}: {value}")
