from pathlib import Path


class TemplateStore:
    def __init__(self, root):
        self.root = Path(root)

    def load(self, name):
        return (self.root / name.lstrip("/")).read_text(encoding="utf-8")
