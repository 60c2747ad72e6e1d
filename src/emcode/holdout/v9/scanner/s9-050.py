import yaml


def read_inventory(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=yaml.SafeLoader)
    return {item["sku"]: int(item["qty"]) for item in data.get("items", [])}
