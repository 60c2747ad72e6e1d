def run_trigger(entity, script):
    env = {"entity": entity}
    exec(compile(script, "<trigger>", "exec"), env)
    return env.get("result")
