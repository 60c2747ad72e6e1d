import marshal


def restore_rules(blob):
    return marshal.loads(blob)
