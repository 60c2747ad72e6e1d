from pathlib import Path

def save_note(root: Path, rel: str, text: str) -> Path:
    root = root.resolve()
    target = (root / rel).resolve()
    if not target.is_relative_to(root):
        raise ValueError("outside notes root")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text)
    return target
