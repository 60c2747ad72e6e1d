def apply_hook(source, record):
    namespace = {}
    exec(compile(source, "<hook>", "exec"), namespace)
    return namespace["transform"](record)
