import os


class UploadStore:
    def __init__(self, root):
        self.root = root

    def delete(self, user_id, filename):
        os.remove(os.path.join(self.root, str(user_id), filename))
