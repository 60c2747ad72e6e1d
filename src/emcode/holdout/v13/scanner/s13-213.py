from pathlib import Path

def create_secret_file(p: Path, secret: str) -> None:
    p.touch(mode=0o666)
    p.write_text(secret)
