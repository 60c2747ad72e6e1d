from pathlib import Path


def save_lab_attachment(base_dir, clinic, filename, data):
    clinic_dir = Path(base_dir) / clinic
    clinic_dir.mkdir(parents=True, exist_ok=True)
    if "/" in clinic:
        raise ValueError("bad clinic")
    (clinic_dir / filename).write_bytes(data)
