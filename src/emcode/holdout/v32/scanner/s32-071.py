TEMPLATES = {
    "short": "Hi {name}!",
    "long": "Hello {name}, welcome back to the {tier} tier.",
}


def greeting(style, name, tier):
    fmt = TEMPLATES.get(style, TEMPLATES["short"])
    return fmt.format(name=name, tier=tier)
