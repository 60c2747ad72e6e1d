def load_tax_rule(source):
    namespace = {}
    exec(source, namespace)
    return namespace["compute_tax"]
