from pathlib import Path

ATTACH = "/var/app/attachments/"


def delete_attachment(rel_path: str) -> None:
    full = ATTACH + rel_path
    if not full.startswith(ATTACH):
        raise ValueError("bad path")
    Path(full).unlink()
