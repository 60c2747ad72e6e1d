from pathlib import Path


def session_dir(base, booking_id):
    d = Path(base) / "sessions" / str(int(booking_id))
    d.mkdir(mode=0o700, parents=True, exist_ok=True)
    return d
