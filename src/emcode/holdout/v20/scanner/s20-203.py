import sys

import yaml


def hosts(path):
    out = []
    with open(path, encoding="utf-8") as fh:
        for doc in yaml.safe_load_all(fh):
            if isinstance(doc, dict):
                out.extend(str(h) for h in doc.get("hosts", []))
    return out


if __name__ == "__main__":
    print("\n".join(hosts(sys.argv[1])))
