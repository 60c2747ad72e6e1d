from pathlib import Path

SAVES = Path.home() / ".mothgame" / "saves"


def delete_save(filename):
    (SAVES / filename).unlink()
