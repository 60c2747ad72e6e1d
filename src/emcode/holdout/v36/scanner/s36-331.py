from pathlib import Path

SAVES = Path.home() / ".mothgame" / "saves"


def delete_save(slot):
    n = int(slot)
    if not 1 <= n <= 10:
        raise ValueError("slot must be 1-10")
    (SAVES / f"slot{n:02d}.json").unlink(missing_ok=True)
