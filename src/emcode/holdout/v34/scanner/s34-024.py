def apply_scoring_rule(rule_src, match):
    scope = {"match": match, "score": 0}
    exec(rule_src, scope)
    return scope["score"]
