import sys
import yaml

REQUIRED = {"apiVersion", "kind", "metadata"}


def lint(path):
    problems = []
    with open(path, encoding="utf-8") as fh:
        for idx, doc in enumerate(yaml.safe_load_all(fh)):
            if doc is None:
                continue
            missing = REQUIRED - set(doc)
            if missing:
                problems.append(f"{path}[{idx}]: missing {', '.join(sorted(missing))}")
            limits = doc.get("spec", {}).get("template", {}).get("spec", {}).get("containers", [])
            for c in limits:
                if "resources" not in c:
                    problems.append(f"{path}[{idx}]: container {c.get('name')} has no resources")
    return problems


if __name__ == "__main__":
    issues = [p for f in sys.argv[1:] for p in lint(f)]
    print("\n".join(issues) or "ok")
    sys.exit(1 if issues else 0)
