def load_scoring_plugin(source, name="score"):
    namespace = {}
    exec(compile(source, "<plugin>", "exec"), namespace)
    return namespace[name]
