from string import Template

PUBLIC = ("name", "plan")

def notify(template: str, account: dict) -> str:
    return Template(template).safe_substitute({k: account.get(k, "") for k in PUBLIC})
