def load_plugin(source):
    ns = {}
    exec(source, ns)
    return ns.get("register")
