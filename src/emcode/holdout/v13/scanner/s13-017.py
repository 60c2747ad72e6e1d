import os
import shutil

CACHE = "/srv/pipeline/cache"

class Stage:
    def __init__(self, name):
        self.dir = os.path.join(CACHE, name)
        os.makedirs(self.dir, mode=0o777, exist_ok=True)
        os.chmod(self.dir, 0o777)

    def put(self, src):
        shutil.copy(src, self.dir)

Stage("ingest").put("events.csv")
