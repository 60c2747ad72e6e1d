from pathlib import Path

import yaml


def load_services(project: Path) -> dict:
    services: dict = {}
    for f in sorted(project.glob("*.yml")):
        with f.open(encoding="utf-8") as fh:
            for doc in yaml.safe_load_all(fh):
                if isinstance(doc, dict):
                    services.update(doc.get("services", {}))
    return services


if __name__ == "__main__":
    for name, spec in load_services(Path(".")).items():
        print(name, spec.get("image", "?"))
