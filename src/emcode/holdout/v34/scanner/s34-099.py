from pathlib import Path


def read_transcript(base_dir, rel_path):
    return (Path(base_dir) / rel_path).read_text(encoding="utf-8")
