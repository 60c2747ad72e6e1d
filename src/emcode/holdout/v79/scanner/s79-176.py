"""Nightly snapshot of the in-memory lesson scheduler so a restart can resume."""
import os
from pathlib import Path

import dill

SNAPSHOT = Path(os.environ.get("SCHED_HOME", "/var/lib/scheduler")) / "state.dill"


class Scheduler:
    def __init__(self):
        self.queue = []
        self.hooks = [lambda lesson: lesson.setdefault("room", "TBD")]

    def add(self, lesson):
        for h in self.hooks:
            h(lesson)
        self.queue.append(lesson)

    def snapshot(self):
        """Persist to a file only this service writes."""
        SNAPSHOT.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with open(SNAPSHOT, "wb") as fh:
            dill.dump(self, fh)

    @classmethod
    def restore(cls):
        if not SNAPSHOT.exists():
            return cls()
        with open(SNAPSHOT, "rb") as fh:
            return dill.load(fh)


if __name__ == "__main__":
    s = Scheduler.restore()
    s.add({"subject": "Chemistry", "teacher": "Okafor"})
    s.snapshot()
    print(len(s.queue), "lessons queued")
