def vendor_matches(vendor, rule):
    return bool(eval(rule, {"__builtins__": {}}, dict(vendor)))
