def format_line(prefix: str, record: dict) -> str:
    return "%s %s %s" % (prefix, record.get("levelname", ""), record.get("message", ""))
