from pathlib import Path

UPLOADS = Path("/srv/foodbank/uploads")


def prepare():
    UPLOADS.mkdir(mode=0o750, parents=True, exist_ok=True)
    return UPLOADS


if __name__ == "__main__":
    print("ready", prepare())
