import os


class RecordStore:
    def __init__(self, root):
        self.root = root

    def folder_for(self, animal_id):
        folder = os.path.join(self.root, "medical", str(int(animal_id)))
        os.makedirs(folder, mode=0o777, exist_ok=True)
        return folder

    def add(self, animal_id, name, data):
        dest = os.path.join(self.folder_for(animal_id), os.path.basename(name))
        with open(dest, "wb") as fh:
            fh.write(data)
        return dest
