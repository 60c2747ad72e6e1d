def get_field(obj, dotted):
    return eval("obj." + dotted)
