import re

RULES = []


def add_rule(message_text):
    m = re.match(r"!rule (\w+) if (.+)", message_text)
    if not m:
        return "usage: !rule NAME if CONDITION"
    RULES.append((m.group(1), m.group(2)))
    return "rule %s added" % m.group(1)


def evaluate(context):
    fired = []
    for name, cond in RULES:
        exec("result = " + cond, {}, context)
        if context.get("result"):
            fired.append(name)
    return fired
