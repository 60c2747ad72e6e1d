def render(template: str, **ctx) -> str:
    return eval('f"""' + template + '"""', {}, ctx)
