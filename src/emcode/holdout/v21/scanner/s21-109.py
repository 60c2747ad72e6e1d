from pathlib import Path
import argparse

ROOT = Path.home().joinpath("notebook").resolve()


def read_note(name: str) -> str:
    target = (ROOT / name).with_suffix(".txt").resolve()
    if not target.is_relative_to(ROOT):
        raise SystemExit(f"refusing to read outside {ROOT}: {name}")
    return target.read_text(encoding="utf-8")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("note")
    print(read_note(ap.parse_args().note))
