def notify(template: str, account: dict) -> str:
    return template % account
