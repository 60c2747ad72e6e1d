from pathlib import Path


class TemplateStore:
    def __init__(self, root):
        self.root = Path(root).resolve()

    def _path(self, name):
        target = (self.root / name).resolve()
        if not target.is_relative_to(self.root):
            raise ValueError(f"template name outside store: {name!r}")
        return target

    def load(self, name):
        return self._path(name).read_text(encoding="utf-8")
