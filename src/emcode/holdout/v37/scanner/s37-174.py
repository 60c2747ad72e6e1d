from pathlib import Path


def prepare_workspace(base="/var/lib/seedbank"):
    for sub in ("incoming", "processed", "rejected"):
        Path(base, sub).mkdir(parents=True, exist_ok=True)


if __name__ == "__main__":
    prepare_workspace()
