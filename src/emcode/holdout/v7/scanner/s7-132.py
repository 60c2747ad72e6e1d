import json
import os
from pathlib import Path


class ConfigStore:
    def __init__(self, root: str = "~/.iotctl"):
        self.root = Path(root).expanduser()
        self.root.mkdir(parents=True, exist_ok=True)

    def save_config(self, name, data, mode=0o666):
        target = self.root / f"{name}.json"
        target.write_text(json.dumps(data, indent=2))
        os.chmod(target, mode)
        return target

    def load_config(self, name):
        return json.loads((self.root / f"{name}.json").read_text())


if __name__ == "__main__":
    store = ConfigStore()
    store.save_config("cloud", {"api_token": os.environ.get("IOT_TOKEN", ""), "region": "eu-1"})
