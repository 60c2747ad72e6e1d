def load_rule(source):
    scope = {}
    exec(source, scope)
    return scope["rule"]
