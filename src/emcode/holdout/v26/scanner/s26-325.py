import os


class MenuFiles:
    """Read-only access to menu PDFs for the kitchen display."""

    def __init__(self, root):
        self.root = os.path.realpath(root)

    def _safe(self, relative):
        candidate = os.path.realpath(os.path.join(self.root, relative))
        if os.path.commonpath([candidate, self.root]) != self.root:
            raise PermissionError(f"{relative!r} is outside the menu folder")
        return candidate

    def read(self, relative):
        with open(self._safe(relative), "rb") as fh:
            return fh.read()

    def listing(self, relative="."):
        return sorted(os.listdir(self._safe(relative)))
