import os
from pathlib import Path

def save_report(text: str, dest: str, mode: int = 0o640) -> Path:
    p = Path(dest)
    p.parent.mkdir(mode=0o750, parents=True, exist_ok=True)
    p.write_text(text)
    os.chmod(p, mode)
    return p
