import yaml


def parse_event_plan(text):
    plan = yaml.safe_load(text) or {}
    return plan.get("timeline", [])
