from pathlib import Path
import argparse

TEMPLATES = Path("/etc/mailer/templates").resolve()


def load_template(name: str) -> str:
    candidate = (TEMPLATES / name).resolve()
    if not candidate.is_relative_to(TEMPLATES):
        raise ValueError(f"template {name!r} is outside {TEMPLATES}")
    return candidate.read_text(encoding="utf-8")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("template")
    print(load_template(ap.parse_args().template))
