import sys
import yaml


class DeployConfig:
    def __init__(self, path):
        with open(path) as fh:
            self.raw = yaml.unsafe_load(fh)

    @property
    def hosts(self):
        return self.raw.get("hosts", [])

    @property
    def version(self):
        return str(self.raw.get("version", "latest"))


if __name__ == "__main__":
    cfg = DeployConfig(sys.argv[1])
    for h in cfg.hosts:
        print(f"deploy {cfg.version} -> {h}")
