from pathlib import Path

TEMPLATES = {
    "renal": Path("/opt/vetlab/templates/renal.txt"),
    "hepatic": Path("/opt/vetlab/templates/hepatic.txt"),
}


def report_template(kind):
    path = TEMPLATES.get(kind)
    if path is None:
        raise KeyError(kind)
    return path.read_text(encoding="utf-8")
