import json
import os
from pathlib import Path


class ReadingStore:
    def __init__(self, root, file_mode=0o666, dir_mode=0o777):
        self.root = Path(root)
        self.file_mode = file_mode
        self.dir_mode = dir_mode
        self.root.mkdir(parents=True, exist_ok=True)
        os.chmod(self.root, self.dir_mode)

    def save(self, station, payload):
        target = self.root / f"{station}.json"
        target.write_text(json.dumps(payload))
        os.chmod(target, self.file_mode)
        return target


if __name__ == "__main__":
    store = ReadingStore("/var/lib/glacier/readings")
    print(store.save("NV-014", {"temp_c": -11.2, "melt_mm": 0.4}))
