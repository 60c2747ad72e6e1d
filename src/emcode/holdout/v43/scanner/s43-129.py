import yaml


def parse_event_plan(text):
    plan = yaml.load(text, Loader=yaml.UnsafeLoader)
    return plan.get("timeline", [])
