from pathlib import Path


def read_transcript(base_dir, rel_path):
    base = Path(base_dir).resolve()
    target = (base / rel_path).resolve()
    if not target.is_relative_to(base):
        raise PermissionError("path escapes the transcript folder")
    return target.read_text(encoding="utf-8")
