from pathlib import Path


def init_logbook(folder, name="logbook.txt", mode=0o640):
    p = Path(folder) / name
    p.touch(mode=mode, exist_ok=True)
    return p
