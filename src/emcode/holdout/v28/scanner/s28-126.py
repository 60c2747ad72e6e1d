def build_rule(source, name="rule"):
    namespace = {}
    code = compile(source, f"<{name}>", "exec")
    exec(code, namespace)
    return namespace[name]
