import marshal


def load_cached_rules(blob):
    rules = marshal.loads(blob)
    return [r for r in rules if r.get("enabled")]
