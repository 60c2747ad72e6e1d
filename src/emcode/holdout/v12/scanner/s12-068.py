from pathlib import Path


class TemplateStore:
    def __init__(self, root):
        self.root = Path(root)

    def load(self, name):
        return (self.root / name).read_text(encoding="utf-8")

    def save(self, name, text):
        target = self.root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
