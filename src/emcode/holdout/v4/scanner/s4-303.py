def personalised_greeting(template: str, request) -> str:
    return template.format(request)
