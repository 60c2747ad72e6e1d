from pathlib import Path
from ruamel.yaml import YAML

yaml = YAML(typ="safe")


def load_playlist(path: Path) -> list[str]:
    data = yaml.load(path.read_text(encoding="utf-8")) or {}
    return [str(item) for item in data.get("clips", [])]
