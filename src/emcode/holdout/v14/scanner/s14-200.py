import yaml


def parse_manifest(text: str) -> tuple[str, str]:
    data = yaml.safe_load(text) or {}
    return str(data.get("name", "")), str(data.get("version", ""))
