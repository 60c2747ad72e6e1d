from pathlib import Path


class SessionArchive:
    def __init__(self, root, dir_mode=0o700):
        self.root = Path(root)
        self.dir_mode = dir_mode

    def folder_for(self, tutor_id, year):
        p = self.root / str(int(tutor_id)) / str(int(year))
        p.mkdir(parents=True, exist_ok=True, mode=self.dir_mode)
        return p
