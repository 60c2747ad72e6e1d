import yaml

try:
    from yaml import CSafeLoader as Loader
except ImportError:
    from yaml import SafeLoader as Loader


def read_inventory(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=Loader) or []
    return [h for h in data if isinstance(h, dict) and "host" in h]


if __name__ == "__main__":
    import sys

    for host in read_inventory(sys.argv[1]):
        print(host["host"], host.get("role", "-"))
