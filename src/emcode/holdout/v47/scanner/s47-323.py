from pathlib import Path


class PhotoStore:
    def __init__(self, root):
        self.root = Path(root)

    def folder_for(self, client_id: int) -> Path:
        folder = self.root / f"client-{client_id:06d}"
        folder.mkdir(mode=0o750, parents=True, exist_ok=True)
        return folder
