import os
import tempfile

import dill


class SeasonSimulator:
    def __init__(self, teams):
        self.teams = list(teams)
        self.round = 0
        self._ckpt_dir = tempfile.mkdtemp(prefix="season-sim-")

    def checkpoint(self):
        path = os.path.join(self._ckpt_dir, f"round-{self.round}.dill")
        with open(path, "wb") as fh:
            dill.dump(self.__dict__, fh)
        return path

    def rollback(self, rnd):
        with open(os.path.join(self._ckpt_dir, f"round-{int(rnd)}.dill"), "rb") as fh:
            self.__dict__.update(dill.load(fh))
