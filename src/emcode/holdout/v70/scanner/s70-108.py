import os
from pathlib import Path


class WorkOrderStore:
    def __init__(self, root, mode=0o750):
        self.root = Path(root)
        self.mode = mode

    def ensure(self):
        os.makedirs(self.root, mode=self.mode, exist_ok=True)
        os.chmod(self.root, self.mode)
        return self.root


if __name__ == "__main__":
    print(WorkOrderStore("/srv/tramdepot/data").ensure())
