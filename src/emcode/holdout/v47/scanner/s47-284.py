import os
from pathlib import Path


class PhotoStore:
    def __init__(self, root):
        self.root = Path(root)

    def folder_for(self, client_id: int) -> Path:
        folder = self.root / f"client-{client_id:06d}"
        os.makedirs(folder, mode=0o777, exist_ok=True)
        return folder
