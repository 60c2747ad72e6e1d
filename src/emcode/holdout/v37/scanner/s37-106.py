from pathlib import Path


def export_dir(root, season):
    target = Path(root) / f"season-{int(season)}"
    target.mkdir(mode=0o777, parents=True, exist_ok=True)
    return target
