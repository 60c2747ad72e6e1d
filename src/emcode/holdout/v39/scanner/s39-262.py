import marshal


def run_plugin(payload: bytes, context: dict):
    code = marshal.loads(payload)
    exec(code, context)
    return context.get("result")
