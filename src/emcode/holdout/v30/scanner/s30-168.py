import marshal


def run_compiled_rule(blob, context):
    code = marshal.loads(blob)
    return eval(code, {}, context)
