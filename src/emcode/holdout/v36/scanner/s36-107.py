import json
import os
from pathlib import Path


class SaveStore:
    def __init__(self, root, file_mode=0o666, dir_mode=0o777):
        self.root = Path(root)
        self.file_mode = file_mode
        self.dir_mode = dir_mode
        self.root.mkdir(parents=True, exist_ok=True)
        os.chmod(self.root, self.dir_mode)

    def write(self, slot, state):
        target = self.root / f"slot{int(slot)}.json"
        target.write_text(json.dumps(state))
        os.chmod(target, self.file_mode)
        return target


if __name__ == "__main__":
    store = SaveStore(Path.home() / ".local/share/mothgame/saves")
    print(store.write(1, {"level": 3, "hp": 72}))
