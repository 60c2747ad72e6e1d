def load_pricing_rule(source):
    namespace = {}
    code = compile(source, "<rule>", "exec")
    exec(code, namespace)
    return namespace["price"]
