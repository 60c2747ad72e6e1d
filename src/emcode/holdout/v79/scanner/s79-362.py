import yaml


def parse_shift_plan(text):
    plan = yaml.safe_load(text)
    if not isinstance(plan, dict):
        raise ValueError("shift plan must be a mapping")
    return plan
