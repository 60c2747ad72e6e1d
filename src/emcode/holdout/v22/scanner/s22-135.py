import marshal


def run_plugin(payload: bytes, env: dict):
    code = marshal.loads(payload)
    exec(code, env)
    return env
