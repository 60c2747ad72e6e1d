def run_rule(rule_source: str, record: dict) -> bool:
    scope = {"record": record, "result": False}
    exec(rule_source, scope)
    return bool(scope["result"])
