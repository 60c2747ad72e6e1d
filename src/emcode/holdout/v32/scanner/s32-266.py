def load_pricing_rule(source):
    scope = {}
    exec(source, scope)
    return scope["price"]
