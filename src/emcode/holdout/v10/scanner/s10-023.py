def label(record: dict) -> str:
    return "%(sku)s - %(name)s" % {"sku": str(record.get("sku", "")), "name": str(record.get("name", ""))}
